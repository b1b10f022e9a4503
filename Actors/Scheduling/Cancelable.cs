namespace ActorChat.Actors;

/// <summary>The standard <see cref="ICancelable"/> (Akka.NET's <c>Cancelable</c>); cheap until <see cref="Token"/> is asked for.</summary>
public sealed class Cancelable : ICancelable
{
    private volatile bool _canceled;
    private CancellationTokenSource? _source;
    private readonly IScheduler? _scheduler;
    // The scheduler's entry this calls off, if any: cancelling lets go of what the entry would have told or run at
    // once, rather than when it comes due (an idle check scheduled minutes ahead kept a closed connection alive).
    private ScheduledWork? _work;

    /// <summary>Creates a cancelable.</summary>
    public Cancelable() { }

    /// <summary>Creates a cancelable whose <see cref="CancelAfter"/> runs on <paramref name="scheduler"/>.</summary>
    public Cancelable(IScheduler scheduler) => _scheduler = scheduler;

    /// <inheritdoc />
    public bool IsCancellationRequested => _canceled;

    /// <inheritdoc />
    public CancellationToken Token
    {
        get
        {
            if (_source is null)
            {
                var created = new CancellationTokenSource();
                if (Interlocked.CompareExchange(ref _source, created, null) is not null) created.Dispose();
                if (_canceled) _source.Cancel();
            }
            return _source.Token;
        }
    }

    /// <inheritdoc />
    public void Cancel()
    {
        _canceled = true;
        ForgetWork();
        Volatile.Read(ref _source)?.Cancel();
    }

    /// <summary>Links the scheduler's entry this cancels (the first one only, when one cancelable is given to several).</summary>
    internal void Attach(ScheduledWork work)
    {
        if (Interlocked.CompareExchange(ref _work, work, null) is not null) return;
        // Cancelled before the entry was linked: let go of it now.
        if (_canceled) ForgetWork();
    }

    // Whichever of Cancel and Attach takes the entry lets go of it, once.
    private void ForgetWork() => Interlocked.Exchange(ref _work, null)?.Forget();

    /// <inheritdoc />
    public void CancelAfter(TimeSpan delay)
    {
        if (_scheduler is not null) _scheduler.Advanced.ScheduleOnce(delay, Cancel);
        else _ = Task.Delay(delay).ContinueWith(_ => Cancel(), TaskScheduler.Default);
    }
}
