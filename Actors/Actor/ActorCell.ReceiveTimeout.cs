using System.Diagnostics;

namespace ActorChat.Actors;

internal sealed partial class ActorCell
{
    // One pending scheduler entry per actor, not one per message: each message only stamps the time, and the check
    // that fires re-arms itself for the remainder when messages arrived meanwhile.
    private TimeSpan? _receiveTimeout;
    private long _lastActivity;
    private int _receiveTimeoutGeneration;
    private ICancelable? _receiveTimeoutCheck;

    public TimeSpan? ReceiveTimeout => _receiveTimeout;

    public void SetReceiveTimeout(TimeSpan? timeout)
    {
        CancelReceiveTimeout();
        if (timeout is not { } t || t <= TimeSpan.Zero) return;
        _receiveTimeout = t;
        _lastActivity = Stopwatch.GetTimestamp();
        ArmReceiveTimeout(t);
    }

    private void CancelReceiveTimeout()
    {
        _receiveTimeout = null;
        _receiveTimeoutGeneration++;
        _receiveTimeoutCheck?.Cancel();
        _receiveTimeoutCheck = null;
    }

    private void ArmReceiveTimeout(TimeSpan delay)
    {
        var check = new CheckReceiveTimeout(_receiveTimeoutGeneration);
        var cancelable = new Cancelable();
        System.Scheduler.Advanced.ScheduleOnce(delay, () => _self.Tell(check, null), cancelable);
        _receiveTimeoutCheck = cancelable;
    }

    private void MarkReceiveActivity(object message)
    {
        if (message is not (Actors.ReceiveTimeout or INotInfluenceReceiveTimeout)) _lastActivity = Stopwatch.GetTimestamp();
    }

    private void OnCheckReceiveTimeout(int generation)
    {
        if (generation != _receiveTimeoutGeneration || _receiveTimeout is not { } timeout || _terminating) return;
        var idle = Stopwatch.GetElapsedTime(_lastActivity);
        if (idle >= timeout)
        {
            _lastActivity = Stopwatch.GetTimestamp();
            ArmReceiveTimeout(timeout);
            _actor!.AroundReceive(_behavior, Actors.ReceiveTimeout.Instance);
        }
        else
        {
            ArmReceiveTimeout(timeout - idle);
        }
    }
}
