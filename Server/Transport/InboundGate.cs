namespace ActorChat.Server.Transport;

/// <summary>
/// Bounds how many lines a read loop may have told its actor that the actor has not handled yet. Over the high mark
/// the read loop stops reading, so a client flooding faster than its actor works is held back by TCP instead of
/// growing the mailbox; it reads on once the actor is down to the low mark.
/// </summary>
internal sealed class InboundGate
{
    private readonly int _high;
    private readonly int _low;
    private int _pending;
    // Guarded by lock (this): a lock object would be one more for every connection.
    private TaskCompletionSource? _waiter;
    private bool _opened;

    /// <summary>A gate that closes at <paramref name="high"/> pending lines and reopens at half that.</summary>
    public InboundGate(int high)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(high, 2);
        _high = high;
        _low = high / 2;
    }

    /// <summary>Lines told and not yet handled.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Counts one line told to the actor; the task completes when the read loop may read on.</summary>
    public ValueTask EnterAsync()
    {
        if (Interlocked.Increment(ref _pending) < _high) return ValueTask.CompletedTask;
        lock (this)
        {
            if (_opened || Volatile.Read(ref _pending) < _high) return ValueTask.CompletedTask;
            _waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return new ValueTask(_waiter.Task);
        }
    }

    /// <summary>Counts one line handled by the actor; releases a waiting read loop at the low mark.</summary>
    public void Exit()
    {
        if (Interlocked.Decrement(ref _pending) != _low) return;
        lock (this)
        {
            _waiter?.TrySetResult();
            _waiter = null;
        }
    }

    /// <summary>Opens the gate for good (the connection is closing): nothing waits any more.</summary>
    public void Open()
    {
        lock (this)
        {
            _opened = true;
            _waiter?.TrySetResult();
            _waiter = null;
        }
    }
}
