using System.Collections.Concurrent;
using System.Threading.Channels;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Actors;

/// <summary>
/// Why the mailbox is a ConcurrentQueue and not a Channel: the raw cost of moving one 16-byte envelope through
/// each queue (enqueue a burst, then drain it), single-threaded so only the data structure is measured.
/// </summary>
[MemoryDiagnoser]
public class MailboxQueueBenchmark
{
    private const int Burst = 1000;
    private static readonly object Message = new();
    private readonly ConcurrentQueue<(object, object?)> _queue = new();
    private readonly Channel<(object, object?)> _channel =
        Channel.CreateUnbounded<(object, object?)>(new UnboundedChannelOptions { SingleReader = true });

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
}
