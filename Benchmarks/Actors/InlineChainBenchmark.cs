using ActorChat.Actors;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Actors;

/// <summary>
/// A message through three idle actors, each turn run on the calling thread (<see cref="CallingThreadDispatch"/>): the
/// server's path for a direct message (connection, registry, recipient), without the chat.
/// </summary>
[MemoryDiagnoser]
public class InlineChainBenchmark
{
    private const int Messages = 1_000_000;
    private static readonly object Message = new();
    private ActorSystem _system = null!;
    private IActorRef _first = null!;
    private Sink _sink = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = ActorSystem.Create("bench");
        _sink = new Sink();
        var last = _system.ActorOf(Props.Create(() => new Last(_sink)));
        var middle = _system.ActorOf(Props.Create(() => new Forward(last)));
        _first = _system.ActorOf(Props.Create(() => new Forward(middle)));
        // Every actor has run its creation turn, so each Tell below finds its receiver idle.
        using (CallingThreadDispatch.Enter()) _first.Tell(Message, null);
        SpinWait.SpinUntil(() => _sink.Count == 1);
    }

    [GlobalCleanup]
    public void Cleanup() => _system.Terminate().Wait();

    [Benchmark(OperationsPerInvoke = Messages)]
    public void ThreeHopsOnTheCallingThread()
    {
        using var scope = CallingThreadDispatch.Enter();
        for (var i = 0; i < Messages; i++) _first.Tell(Message, null);
    }

    private sealed class Sink
    {
        public long Count;
    }

    private sealed class Forward(IActorRef next) : UntypedActor
    {
        protected override void OnReceive(object message) => next.Tell(message, Self);
    }

    private sealed class Last(Sink sink) : UntypedActor
    {
        protected override void OnReceive(object message) => sink.Count++;
    }
}
