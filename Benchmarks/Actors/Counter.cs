using ActorChat.Actors;

namespace ActorChat.Benchmarks.Actors;

/// <summary>Counts messages; sets the signal once it has seen the expected number.</summary>
public sealed class Counter : UntypedActor
{
    private readonly Signal _signal;
    private long _seen;
    private long _expected;

    public Counter(Signal signal) => _signal = signal;

    protected override void OnReceive(object message)
    {
        if (message is Expect e)
        {
            _expected += e.Count;
            if (_seen >= _expected) _signal.Done.Set();
            return;
        }
        if (++_seen == _expected) _signal.Done.Set();
    }

    /// <summary>Raises the count to wait for; told before the burst so the receiver knows when it is done.</summary>
    public sealed record Expect(long Count);
}
