using System.Globalization;

namespace ActorChat.LoadTest.Measurement;

/// <summary>
/// Every measured delivery's scheduled and arrival time, kept in memory during the run (no I/O and no allocation per
/// delivery, so keeping it does not disturb what it records) and written out at the end, so that a latency tail can
/// be laid over a scheduler trace of the same run (docs/loadtest.md, "Where a tail comes from").
/// </summary>
public sealed class DeliveryLog
{
    private readonly long[] _due;
    private readonly long[] _received;
    private int _count;

    /// <summary>Creates a log with room for <paramref name="capacity"/> deliveries; any beyond are counted, not kept.</summary>
    public DeliveryLog(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _due = new long[capacity];
        _received = new long[capacity];
    }

    /// <summary>Deliveries recorded, kept or not.</summary>
    public int Recorded => Volatile.Read(ref _count);

    /// <summary>Records one delivery, in <see cref="Clock"/> ticks; safe from any number of threads.</summary>
    public void Record(long dueTicks, long receivedTicks)
    {
        int i = Interlocked.Increment(ref _count) - 1;
        if ((uint)i >= (uint)_due.Length) return;
        _due[i] = dueTicks;
        _received[i] = receivedTicks;
    }

    /// <summary>
    /// Writes one line per kept delivery, in the order they were recorded: its due time and its arrival time as
    /// <see cref="Clock.ToTimestamp"/> nanoseconds, after a comment line saying so. Call once recording is over.
    /// </summary>
    public void WriteTo(TextWriter writer, Clock clock)
    {
        writer.WriteLine("# due_ns received_ns: CLOCK_MONOTONIC nanoseconds (Stopwatch timestamps), one measured message per line");
        int kept = Math.Min(Recorded, _due.Length);
        for (int i = 0; i < kept; i++)
        {
            writer.Write(Clock.TicksToNanoseconds(clock.ToTimestamp(_due[i])).ToString(CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.WriteLine(Clock.TicksToNanoseconds(clock.ToTimestamp(_received[i])).ToString(CultureInfo.InvariantCulture));
        }
    }
}
