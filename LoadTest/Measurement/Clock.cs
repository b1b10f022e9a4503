using System.Diagnostics;

namespace ActorChat.LoadTest.Measurement;

/// <summary>
/// The harness's one time base: <see cref="Stopwatch"/> ticks since the clock was created, so timestamps fit the
/// compact message payload and every component agrees on what "now" means.
/// </summary>
public sealed class Clock
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    /// <summary>Ticks per second of this clock.</summary>
    public static long Frequency => Stopwatch.Frequency;

    /// <summary>Ticks elapsed since the clock was created.</summary>
    public long Now => Stopwatch.GetTimestamp() - _origin;

    /// <summary>
    /// The <see cref="Stopwatch"/> timestamp of clock time <paramref name="ticks"/>: on Linux, nanoseconds of
    /// <c>CLOCK_MONOTONIC</c>, the clock other tools can be told to stamp with (<c>perf record -k CLOCK_MONOTONIC</c>).
    /// </summary>
    public long ToTimestamp(long ticks) => ticks + _origin;

    /// <summary>Converts a tick count to nanoseconds.</summary>
    public static long TicksToNanoseconds(long ticks) =>
        Frequency == 1_000_000_000 ? ticks : (long)(ticks * (1_000_000_000.0 / Frequency));

    /// <summary>Converts seconds to ticks.</summary>
    public static long SecondsToTicks(double seconds) => (long)(seconds * Frequency);

    /// <summary>Converts ticks to seconds.</summary>
    public static double TicksToSeconds(long ticks) => ticks / (double)Frequency;
}
