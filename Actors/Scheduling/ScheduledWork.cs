namespace ActorChat.Actors;

/// <summary>One entry of the scheduler's queue: an action due at a Stopwatch timestamp, optionally periodic.</summary>
internal sealed class ScheduledWork(long due, long intervalTicks, Action action, ICancelable? cancelable)
{
    public long Due { get; set; } = due;

    public long IntervalTicks { get; } = intervalTicks;

    public Action Action { get; } = action;

    public ICancelable? Cancelable { get; } = cancelable;

    public bool IsCanceled => Cancelable?.IsCancellationRequested == true;
}
