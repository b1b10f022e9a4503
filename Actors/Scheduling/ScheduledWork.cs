namespace ActorChat.Actors;

/// <summary>One entry of the scheduler's queue: an action or a tell, due at a Stopwatch timestamp, optionally periodic.</summary>
/// <remarks>A tell is kept as its three parts rather than a closure around them: every connection keeps an idle check
/// scheduled, and a closure and its delegate would be 104 bytes more for each.</remarks>
internal sealed class ScheduledWork
{
    // An Action, or the ICanTell to tell _message to; null once cancelled (Forget).
    private object? _target;
    private readonly object? _message;
    private IActorRef? _sender;

    /// <summary>Work that runs <paramref name="action"/>.</summary>
    public ScheduledWork(long due, long intervalTicks, Action action, ICancelable? cancelable)
        : this(due, intervalTicks, (object)action, null, null, cancelable)
    {
    }

    /// <summary>Work that tells <paramref name="message"/> to <paramref name="receiver"/> from <paramref name="sender"/>.</summary>
    public ScheduledWork(
        long due, long intervalTicks, ICanTell receiver, object message, IActorRef? sender, ICancelable? cancelable)
        : this(due, intervalTicks, (object)receiver, message, sender, cancelable)
    {
    }

    private ScheduledWork(long due, long intervalTicks, object target, object? message, IActorRef? sender, ICancelable? cancelable)
    {
        Due = due;
        IntervalTicks = intervalTicks;
        _target = target;
        _message = message;
        _sender = sender;
        Cancelable = cancelable;
    }

    public long Due { get; set; }

    public long IntervalTicks { get; }

    public ICancelable? Cancelable { get; }

    public bool IsCanceled => Cancelable?.IsCancellationRequested == true;

    /// <summary>Runs the action or makes the tell, unless it was forgotten.</summary>
    public void Run()
    {
        switch (Volatile.Read(ref _target))
        {
            case Action action:
                action();
                break;
            case ICanTell receiver:
                receiver.Tell(_message!, Volatile.Read(ref _sender));
                break;
        }
    }

    /// <summary>Lets go of the receiver, sender or action (the entry was cancelled): it stays queued until it comes
    /// due, holding nothing.</summary>
    public void Forget()
    {
        Volatile.Write(ref _target, null);
        Volatile.Write(ref _sender, null);
    }
}
