namespace ActorChat.Benchmarks.Actors;

/// <summary>A preallocated "you have seen everything" message: the receiver sets it, the benchmark waits on it.</summary>
public sealed class Signal
{
    public ManualResetEventSlim Done { get; } = new();
}
