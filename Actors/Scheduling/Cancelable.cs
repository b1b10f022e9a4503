namespace ActorChat.Actors;

/// <summary>The standard <see cref="ICancelable"/> (Akka.NET's <c>Cancelable</c>); cheap until <see cref="Token"/> is asked for.</summary>
public sealed class Cancelable : ICancelable
{
    private volatile bool _canceled;
    private CancellationTokenSource? _source;
    private readonly IScheduler? _scheduler;

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
        Volatile.Read(ref _source)?.Cancel();
    }

    /// <inheritdoc />
    public void CancelAfter(TimeSpan delay)
    {
        if (_scheduler is not null) _scheduler.Advanced.ScheduleOnce(delay, Cancel);
        else _ = Task.Delay(delay).ContinueWith(_ => Cancel(), TaskScheduler.Default);
    }
}
