extern alias ActorChatServer;

using ActorChatServer::ActorChat.Server.Storage;
using ActorChatServer::ActorChat.Server.Storage.Sqlite;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ActorChat.Benchmarks.Storage;

/// <summary>
/// Offline direct messages from 100 concurrent senders, each awaiting its append (the moment the server may send
/// QUEUED) before sending the next: committed appends per second = 1e9 / (ns per operation).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class OfflineAppendBenchmarks
{
    private const int Senders = 100;
    private const int AppendsPerSender = 500;
    private const string Text = "hello, are you around later? let me know when you are back";

    private readonly string[] _senders = Enumerable.Range(0, Senders).Select(i => $"sender{i}").ToArray();
    private readonly string[] _recipients = Enumerable.Range(0, 1_000).Select(i => $"away{i}").ToArray();
    private string _directory = "";
    private SqliteChatStore _store = null!;

    [Params(StoreSynchronous.Normal, StoreSynchronous.Full)]
    public StoreSynchronous Synchronous { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "actorchat-bench-store", Guid.NewGuid().ToString("N"));
        _store = SqliteChatStore.Open(new StoreOptions(_directory) { Synchronous = Synchronous, PurgeInterval = TimeSpan.Zero });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var transactions = _store.TransactionCount;
        var writes = _store.WriteCount;
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        // CPU per append does not depend on what else the shared machine runs, unlike the wall-clock mean.
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        Console.WriteLine($"// {writes} appends committed in {transactions} transactions ({(double)writes / transactions:F1} per commit); " +
            $"process CPU {cpu.TotalMicroseconds / writes:F1} us per append");
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Senders * AppendsPerSender)]
    public Task QueuedAppendsFrom100Senders()
    {
        var senders = new Task[Senders];
        for (var s = 0; s < Senders; s++)
        {
            senders[s] = SendAsync(s);
        }

        return Task.WhenAll(senders);
    }

    /// <summary>The writer's own ceiling: every append queued at once (as live-path history writes are).</summary>
    [Benchmark(OperationsPerInvoke = Senders * AppendsPerSender)]
    public Task AppendsQueuedAtOnce()
    {
        var appends = new Task[Senders * AppendsPerSender];
        for (var i = 0; i < appends.Length; i++)
        {
            appends[i] = _store.AppendMessageAsync(_senders[i % Senders], _recipients[i % _recipients.Length],
                DateTimeOffset.UtcNow, Text, delivered: true);
        }

        return Task.WhenAll(appends);
    }

    private async Task SendAsync(int sender)
    {
        await Task.Yield();
        var from = _senders[sender];
        for (var i = 0; i < AppendsPerSender; i++)
        {
            var to = _recipients[(sender * AppendsPerSender + i) % _recipients.Length];
            await _store.AppendMessageAsync(from, to, DateTimeOffset.UtcNow, Text, delivered: false);
        }
    }
}
