using ActorChat.Actors;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Actors;

/// <summary>Two actors bouncing one preallocated ball: every message waits for the previous (latency-bound).</summary>
[MemoryDiagnoser]
public class PingPongBenchmark
{
    private const int Messages = 200_000;
    private ActorSystem _system = null!;
    private IActorRef _ping = null!;
    private IActorRef _pong = null!;
    private Signal _signal = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = ActorSystem.Create("bench");
        _signal = new Signal();
        _ping = _system.ActorOf(Props.Create(() => new Player(_signal)));
        _pong = _system.ActorOf(Props.Create(() => new Player(_signal)));
    }

    [GlobalCleanup]
    public void Cleanup() => _system.Terminate().Wait();

    [Benchmark(OperationsPerInvoke = Messages)]
    public void PingPong()
    {
        _signal.Done.Reset();
        _ping.Tell(new Ball(Messages), _pong);
        _signal.Done.Wait();
    }

    public sealed class Ball(int hits)
    {
        public int Remaining = hits;
    }

    private sealed class Player(Signal signal) : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            var ball = (Ball)message;
            if (--ball.Remaining <= 0) signal.Done.Set();
            else Sender.Tell(ball, Self);
        }
    }
}
