using ActorChat.Actors;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Actors;

/// <summary>One-way Tell of a preallocated message from one thread to one actor.</summary>
[MemoryDiagnoser]
public class TellThroughputBenchmark
{
    private const int Messages = 1_000_000;
    private static readonly object Message = new();
    private ActorSystem _system = null!;
    private IActorRef _counter = null!;
    private Signal _signal = null!;
    private Counter.Expect _expect = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = ActorSystem.Create("bench");
        _signal = new Signal();
        _counter = _system.ActorOf(Props.Create(() => new Counter(_signal)));
        _expect = new Counter.Expect(Messages);
    }

    [GlobalCleanup]
    public void Cleanup() => _system.Terminate().Wait();

    [Benchmark(OperationsPerInvoke = Messages)]
    public void OneWayTell()
    {
        _signal.Done.Reset();
        _counter.Tell(_expect, null);
        for (var i = 0; i < Messages; i++) _counter.Tell(Message, null);
        _signal.Done.Wait();
    }
}
