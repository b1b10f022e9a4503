using System.Collections.Concurrent;
using System.Threading.Channels;
using ActorChat.Actors;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Actors;

/// <summary>
/// The raw cost of moving one 16-byte envelope through each candidate mailbox queue (enqueue a burst, then drain it),
/// single-threaded so only the data structure is measured. The mailbox's own queue goes back to a small ring after
/// every drained burst, so it is measured with bursts that fit its small ring and with bursts that go past it.
/// </summary>
[MemoryDiagnoser]
public class MailboxQueueBenchmark
{
    private const int Burst = 1000;
    private static readonly object Message = new();
    private readonly ConcurrentQueue<(object, object?)> _queue = new();
    private readonly Channel<(object, object?)> _channel =
        Channel.CreateUnbounded<(object, object?)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ShrinkingConcurrentQueue<(object, object?)> _shrinking = new();

    [Benchmark(Baseline = true, OperationsPerInvoke = Burst)]
    public int ConcurrentQueue()
    {
        for (var i = 0; i < Burst; i++) _queue.Enqueue((Message, null));
        var n = 0;
        while (_queue.TryDequeue(out _)) n++;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Burst)]
    public int UnboundedChannel()
    {
        var writer = _channel.Writer;
        for (var i = 0; i < Burst; i++) writer.TryWrite((Message, null));
        var reader = _channel.Reader;
        var n = 0;
        while (reader.TryRead(out _)) n++;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Burst)]
    public int ShrinkingQueueBurstPastItsRing()
    {
        for (var i = 0; i < Burst; i++) _shrinking.Enqueue((Message, null));
        var n = 0;
        while (_shrinking.TryDequeue(out _)) n++;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Burst)]
    public int ShrinkingQueueWithinItsRing()
    {
        const int fits = ShrinkingConcurrentQueue<(object, object?)>.InitialCapacity;
        var n = 0;
        for (var burst = 0; burst < Burst / fits; burst++)
        {
            for (var i = 0; i < fits; i++) _shrinking.Enqueue((Message, null));
            while (_shrinking.TryDequeue(out _)) n++;
        }
        return n;
    }
}
