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
    private Signal _signal = null!;
    private Counter.Expect _expect = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = ActorSystem.Create("bench");
        _signal = new Signal();
        var last = _system.ActorOf(Props.Create(() => new Counter(_signal)));
        var middle = _system.ActorOf(Props.Create(() => new Forward(last)));
        _first = _system.ActorOf(Props.Create(() => new Forward(middle)));
        _expect = new Counter.Expect(Messages);
        // Through the chain once, behind the actors' creation turns, so that the Tells below find them idle.
        using (CallingThreadDispatch.Enter()) _first.Tell(new Counter.Expect(0), null);
        _signal.Done.Wait();
    }

    [GlobalCleanup]
    public void Cleanup() => _system.Terminate().Wait();

    [Benchmark(OperationsPerInvoke = Messages)]
    public void ThreeHopsOnTheCallingThread()
    {
        _signal.Done.Reset();
        using (CallingThreadDispatch.Enter())
        {
            _first.Tell(_expect, null);
            for (var i = 0; i < Messages; i++) _first.Tell(Message, null);
        }
        _signal.Done.Wait();
    }

    private sealed class Forward(IActorRef next) : UntypedActor
    {
        protected override void OnReceive(object message) => next.Tell(message, Self);
    }
}
