using System.Collections.Concurrent;
using System.Diagnostics;

namespace ActorChat.Server.Transport;

/// <summary>
/// Where a connection's write loop runs when a line wakes it: on the caller's thread while the server is quiet, or
/// queued behind the other connections' when it is busy, so that the lines reaching a connection meanwhile share one
/// flush and one send.
/// </summary>
/// <remarks>
/// The transport sends on the thread that flushes (Kestrel's inline scheduling), so every wake that runs a write loop
/// at once costs a send. That is what a quiet server wants: the line goes out on the thread that read the line it
/// answers, with no hand-off to the pool, whose wake-up and spinning cost more than the send. Under load it would cost
/// one send per line. The queue is Kestrel's I/O queue again: one pool work item runs every queued write loop in turn,
/// and a connection already queued takes further lines without a second entry. A wake runs inline only while the
/// queue is idle and wakes have lately come <see cref="InlineGapMicroseconds"/> or more apart on average; a direct
/// message takes a few microseconds, so back-to-back traffic queues and a quiet server sends at once.
/// <para>
/// The queue runs in rounds: the write loops due when a round starts, then those woken meanwhile in the next. A send
/// costs far more than a line (on loopback the kernel delivers it to the reader in the same call), so once the server
/// is saturated the cheapest way to send a line is to wait for more: after a busy round (<see cref="BusyRoundWriters"/>
/// write loops sending <see cref="BusyLinesPerWriter"/> lines each or more, taking <see cref="BusyRoundMicroseconds"/>
/// or more) the next round waits <see cref="HoldFactor"/> times as long, at most <see cref="MaxHoldMicroseconds"/>, on a
/// timer rather than a thread, and the queue stays busy meanwhile so every wake joins it. A server that keeps up makes
/// no such round: its write loops find a line or two each, and holding them would only delay them (at 20,000 msg/s a
/// hold after any round of 32 raised p99 from 5 to 13–21 ms). InspIRCd does the same by its nature,
/// one send per connection per turn of its event loop: about 77 lines per send under the direct load, against 7 here
/// before the hold (docs/benchmarks.md).
/// </para>
/// </remarks>
internal sealed class FlushQueue : IThreadPoolWorkItem
{
    /// <summary>Wakes closer together than this on average queue instead of running on the caller's thread.</summary>
    public const int InlineGapMicroseconds = 20;

    /// <summary>How many wakes the average gap is taken over, roughly (the weight of the newest gap is one in this).</summary>
    public const int GapAveragedOver = 8;

    /// <summary>A round of at least this many queued write loops, sending at least <see cref="BusyLinesPerWriter"/>
    /// lines each on average and taking <see cref="BusyRoundMicroseconds"/> or longer, is a busy one, and makes the
    /// next round wait (<see cref="HoldAfter"/>).</summary>
    public const int BusyRoundWriters = 32;

    /// <summary>See <see cref="BusyRoundWriters"/>: lines already wait for their connection's turn.</summary>
    public const int BusyLinesPerWriter = 4;

    /// <summary>See <see cref="BusyRoundWriters"/>.</summary>
    public const int BusyRoundMicroseconds = 1_000;

    /// <summary>After a busy round, the next waits this many times as long as that round took, at most
    /// <see cref="MaxHoldMicroseconds"/>.</summary>
    public const int HoldFactor = 4;

    /// <summary>The longest a round waits after a busy one.</summary>
    public const int MaxHoldMicroseconds = 10_000;

    private static readonly long InlineGapTicks = Stopwatch.Frequency * InlineGapMicroseconds / 1_000_000;
    private static readonly long BusyRoundTicks = Stopwatch.Frequency * BusyRoundMicroseconds / 1_000_000;
    private static readonly long MaxHoldTicks = Stopwatch.Frequency * MaxHoldMicroseconds / 1_000_000;

    // A longer gap counts as this much: after a quiet spell as after a busy one, a few close wakes are enough to queue.
    private static readonly long QuietGapTicks = Stopwatch.Frequency / 1000;

    // The write loops a read loop's thread runs once the actors it told have finished their turns (see Caller).
    [ThreadStatic] private static List<OutboundBuffer>? t_callerWakes;
    [ThreadStatic] private static int t_callerScopes;

    private readonly ConcurrentQueue<OutboundBuffer> _due = new();
    private readonly Func<long> _clock;
    private readonly Timer _held;
    private long _lastWake = long.MinValue / 2;
    private long _meanGap = QuietGapTicks;
    private int _running;
    // Worker only: when the next round may start (clock ticks).
    private long _nextRound;

    /// <summary>A queue on the system's clock.</summary>
    public FlushQueue()
        : this(Stopwatch.GetTimestamp)
    {
    }

    /// <summary>A queue on <paramref name="clock"/> (<see cref="Stopwatch"/> ticks; for tests).</summary>
    internal FlushQueue(Func<long> clock)
    {
        _clock = clock;
        _held = new Timer(static queue => ((FlushQueue)queue!).Execute(), this, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Queues for as many cores: one per two cores, at least one, at most 16 (Kestrel's I/O queues were one
    /// per core; on 2 cores one queue instead of two halved the sends per direct message).</summary>
    public static int CountFor(int processorCount) => Math.Clamp(processorCount / 2, 1, 16);

    /// <summary>True while queued write loops wait or run.</summary>
    public bool IsBusy => Volatile.Read(ref _running) != 0;

    /// <summary>
    /// Opens a scope on a thread that tells actors what it read: write loops woken for it inside the scope run on this
    /// thread when it closes, after the actors' turns, so no actor's turn does socket I/O.
    /// </summary>
    public static CallerScope Caller()
    {
        t_callerScopes++;
        return default;
    }

    /// <summary>
    /// Takes <paramref name="buffer"/>'s woken write loop to run on this thread when its <see cref="Caller"/> scope
    /// closes, if such a scope is open and <see cref="TryRunInline"/> allows it. False: queue it with
    /// <see cref="Schedule"/>. Two threads may both be told yes at once; that costs a send, never a line.
    /// </summary>
    public bool TryRunOnCaller(OutboundBuffer buffer)
    {
        if (t_callerScopes == 0 || !TryRunInline()) return false;
        (t_callerWakes ??= []).Add(buffer);
        return true;
    }

    /// <summary>
    /// True when no write loop queues or runs and wakes have come <see cref="InlineGapMicroseconds"/> or more apart on
    /// average over about the last <see cref="GapAveragedOver"/>; counts this wake either way.
    /// </summary>
    /// <remarks>
    /// An average rather than the gap to the last wake: at 10,000 messages/s one wake in five or six comes within 20 µs
    /// of another by chance, and each of those hand-offs woke a pool worker that spun before it slept again; they were
    /// the pool's only work at that rate (docs/benchmarks.md, "the flush queue's rule"). Two threads updating the
    /// average at once lose an update, no more.
    /// </remarks>
    internal bool TryRunInline()
    {
        var now = _clock();
        var gap = Math.Clamp(now - Volatile.Read(ref _lastWake), 0, QuietGapTicks);
        Volatile.Write(ref _lastWake, now);
        var mean = Volatile.Read(ref _meanGap);
        mean += (gap - mean) / GapAveragedOver;
        Volatile.Write(ref _meanGap, mean);
        return !IsBusy && mean >= InlineGapTicks;
    }

    /// <summary>Runs <paramref name="buffer"/>'s write loop after those queued before it, on a pool thread.</summary>
    public void Schedule(OutboundBuffer buffer)
    {
        _due.Enqueue(buffer);
        if (Interlocked.Exchange(ref _running, 1) == 0)
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    /// <summary>
    /// How long (clock ticks) the round after one that ran <paramref name="writers"/> write loops, sending
    /// <paramref name="lines"/> lines in <paramref name="roundTicks"/>, waits: nothing unless that round was a busy one
    /// (<see cref="BusyRoundWriters"/>).
    /// </summary>
    internal static long HoldAfter(int writers, long lines, long roundTicks) =>
        writers < BusyRoundWriters || lines < (long)writers * BusyLinesPerWriter || roundTicks < BusyRoundTicks
            ? 0
            : Math.Min(MaxHoldTicks, roundTicks * HoldFactor);

    /// <inheritdoc />
    public void Execute()
    {
        while (true)
        {
            var wait = _nextRound - _clock();
            if (wait > 0)
            {
                // Still _running: wakes meanwhile queue behind this round, their lines going out together.
                _held.Change((wait * 1000 + Stopwatch.Frequency - 1) / Stopwatch.Frequency, Timeout.Infinite);
                return;
            }

            RunRound();
            Volatile.Write(ref _running, 0);
            // A buffer queued after the last dequeue saw _running set and did not schedule: take it now.
            Interlocked.MemoryBarrier();
            if (_due.IsEmpty || Interlocked.Exchange(ref _running, 1) != 0) return;
        }
    }

    // The write loops due when the round starts; those woken meanwhile wait for the next round.
    private void RunRound()
    {
        var start = _clock();
        var writers = 0;
        long lines = 0;
        for (var due = _due.Count; writers < due && _due.TryDequeue(out var buffer); writers++) lines += buffer.RunWriter();
        var end = _clock();
        _nextRound = end + HoldAfter(writers, lines, end - start);
    }

    /// <summary>An open <see cref="Caller"/> scope; disposing it runs the write loops it took.</summary>
    public readonly struct CallerScope : IDisposable
    {
        /// <summary>Closes the scope; the outermost runs the write loops taken inside it, in the order they were woken.</summary>
        public void Dispose()
        {
            if (--t_callerScopes != 0 || t_callerWakes is not { Count: > 0 } wakes) return;
            foreach (var buffer in wakes) buffer.RunWriter();
            wakes.Clear();
        }
    }
}
