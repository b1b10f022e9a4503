using System.Diagnostics;

namespace ActorChat.Actors;

/// <summary>
/// One thread per actor system sleeping until the earliest due entry of a priority queue (no timer per call, no
/// periodic wake-up when idle). Sleeps are rounded up to whole ticks (<c>scheduler-tick</c>), so entries due close
/// together fire in one wake-up. Cancelled entries are dropped when they come due, or before, whenever the queue has
/// doubled.
/// </summary>
internal sealed class DedicatedThreadScheduler : IScheduler, IAdvancedScheduler, IDisposable
{
    private const int MinQueueToDropCancelled = 1024;

    private readonly PriorityQueue<ScheduledWork, long> _queue = new();
    private readonly object _lock = new();
    private readonly Action<Exception> _onError;
    private readonly int _tickMilliseconds;
    private readonly Thread _thread;
    private bool _stopped;
    // Under _lock: the queue's length at which cancelled entries are next dropped (DropCancelled).
    private int _dropCancelledAt = MinQueueToDropCancelled;

    public DedicatedThreadScheduler(string systemName, TimeSpan tick, Action<Exception> onError)
    {
        _onError = onError;
        _tickMilliseconds = Math.Max(1, (int)tick.TotalMilliseconds);
        _thread = new Thread(Run) { IsBackground = true, Name = $"{systemName}-scheduler" };
        using (ExecutionContext.SuppressFlow()) _thread.Start();
    }

    public IAdvancedScheduler Advanced => this;

    public void ScheduleTellOnce(TimeSpan delay, ICanTell receiver, object message, IActorRef? sender) =>
        ScheduleTell(delay, TimeSpan.Zero, receiver, message, sender, null);

    public void ScheduleTellOnce(TimeSpan delay, ICanTell receiver, object message, IActorRef? sender, ICancelable cancelable) =>
        ScheduleTell(delay, TimeSpan.Zero, receiver, message, sender, cancelable);

    public void ScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender) =>
        ScheduleTell(initialDelay, CheckInterval(interval), receiver, message, sender, null);

    public void ScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender, ICancelable cancelable) =>
        ScheduleTell(initialDelay, CheckInterval(interval), receiver, message, sender, cancelable);

    public void ScheduleOnce(TimeSpan delay, Action action) => ScheduleAction(delay, TimeSpan.Zero, action, null);

    public void ScheduleOnce(TimeSpan delay, Action action, ICancelable cancelable) => ScheduleAction(delay, TimeSpan.Zero, action, cancelable);

    public void ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action) =>
        ScheduleAction(initialDelay, CheckInterval(interval), action, null);

    public void ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action, ICancelable cancelable) =>
        ScheduleAction(initialDelay, CheckInterval(interval), action, cancelable);

    private static TimeSpan CheckInterval(TimeSpan interval) => interval > TimeSpan.Zero
        ? interval
        : throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval of a repeated schedule must be positive.");

    private void ScheduleAction(TimeSpan delay, TimeSpan interval, Action action, ICancelable? cancelable)
    {
        ArgumentNullException.ThrowIfNull(action);
        Schedule(new ScheduledWork(Due(delay), ToTicks(interval), action, cancelable));
    }

    private void ScheduleTell(
        TimeSpan delay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender, ICancelable? cancelable)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(message);
        Schedule(new ScheduledWork(Due(delay), ToTicks(interval), receiver, message, sender, cancelable));
    }

    private static long Due(TimeSpan delay) => Stopwatch.GetTimestamp() + ToTicks(delay < TimeSpan.Zero ? TimeSpan.Zero : delay);

    private void Schedule(ScheduledWork work)
    {
        (work.Cancelable as Cancelable)?.Attach(work);
        lock (_lock)
        {
            if (_stopped) return;
            var wake = !_queue.TryPeek(out _, out var first) || work.Due < first;
            _queue.Enqueue(work, work.Due);
            if (_queue.Count >= _dropCancelledAt)
            {
                DropCancelled();
                _dropCancelledAt = Math.Max(MinQueueToDropCancelled, 2 * _queue.Count);
            }
            if (wake) Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Entries queued, cancelled ones included (for tests).</summary>
    internal int QueuedCount
    {
        get
        {
            lock (_lock) return _queue.Count;
        }
    }

    // Under _lock. A cancelled entry would be dropped when it came due, but a server whose connections come and go
    // cancels an idle check minutes ahead for each: they are dropped whenever the queue has doubled instead, a pass
    // over it each time (constant work per entry, on average).
    private void DropCancelled()
    {
        var kept = new List<(ScheduledWork, long)>(_queue.Count);
        foreach (var (work, due) in _queue.UnorderedItems)
            if (!work.IsCanceled) kept.Add((work, due));
        if (kept.Count == _queue.Count) return;
        _queue.Clear();
        _queue.EnqueueRange(kept);
    }

    private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private void Run()
    {
        var due = new List<ScheduledWork>();
        while (true)
        {
            lock (_lock)
            {
                while (true)
                {
                    if (_stopped) return;
                    if (_queue.TryPeek(out _, out var first))
                    {
                        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), first);
                        if (wait <= TimeSpan.Zero) break;
                        Monitor.Wait(_lock, RoundUpToTick(wait));
                    }
                    else
                    {
                        Monitor.Wait(_lock);
                    }
                }
                var now = Stopwatch.GetTimestamp();
                while (_queue.TryPeek(out var work, out var at) && at <= now)
                {
                    _queue.Dequeue();
                    due.Add(work);
                }
            }
            foreach (var work in due) Fire(work);
            due.Clear();
        }
    }

    private int RoundUpToTick(TimeSpan wait)
    {
        var ms = (long)Math.Ceiling(Math.Min(wait.TotalMilliseconds, int.MaxValue - _tickMilliseconds));
        return (int)((ms + _tickMilliseconds - 1) / _tickMilliseconds * _tickMilliseconds);
    }

    private void Fire(ScheduledWork work)
    {
        if (work.IsCanceled) return;
        try
        {
            work.Run();
        }
        catch (Exception e)
        {
            _onError(e);
        }
        if (work.IntervalTicks == 0 || work.IsCanceled) return;
        // Fixed rate, but a scheduler that fell behind (a paused process) skips the missed beats instead of bursting.
        work.Due = Math.Max(work.Due + work.IntervalTicks, Stopwatch.GetTimestamp());
        lock (_lock)
            if (!_stopped) _queue.Enqueue(work, work.Due);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _stopped = true;
            _queue.Clear();
            Monitor.PulseAll(_lock);
        }
    }
}
