using ActorChat.Actors;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Actors;

/// <summary>100 sender actors each telling a burst of preallocated messages to one receiver.</summary>
[MemoryDiagnoser]
public class FanInBenchmark
{
    private const int Senders = 100;
    private const int PerSender = 10_000;
    private static readonly object Message = new();
    private ActorSystem _system = null!;
    private IActorRef _counter = null!;
    private IActorRef[] _senders = null!;
    private Signal _signal = null!;
    private Counter.Expect _expect = null!;
    private Go _go = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = ActorSystem.Create("bench");
        _signal = new Signal();
        _counter = _system.ActorOf(Props.Create(() => new Counter(_signal)));
        _senders = Enumerable.Range(0, Senders).Select(_ => _system.ActorOf(Props.Create<Sender>())).ToArray();
        _expect = new Counter.Expect((long)Senders * PerSender);
        _go = new Go(_counter, PerSender);
    }

    [GlobalCleanup]
    public void Cleanup() => _system.Terminate().Wait();

    [Benchmark(OperationsPerInvoke = Senders * PerSender)]
    public void FanIn()
    {
        _signal.Done.Reset();
        _counter.Tell(_expect, null);
        foreach (var sender in _senders) sender.Tell(_go, null);
        _signal.Done.Wait();
    }

    public sealed record Go(IActorRef Target, int Count);

    private sealed class Sender : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            var go = (Go)message;
            for (var i = 0; i < go.Count; i++) go.Target.Tell(Message, Self);
        }
    }
}
