extern alias ActorChatServer;

using ActorChatServer::ActorChat.Server.Storage;
using ActorChatServer::ActorChat.Server.Storage.Sqlite;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ActorChat.Benchmarks.Storage;

/// <summary>
/// The writer's ceiling for history: the rows of the server's direct scenario (1,000 names, each sending to the
/// next 4) queued without waiting, then one awaited write that commits after all of them. One operation: one row.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class HistoryAppendBenchmarks
{
    private string _directory = "";
    private SqliteChatStore _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "actorchat-bench-store", Guid.NewGuid().ToString("N"));
        _store = SqliteChatStore.Open(new StoreOptions(_directory) { PurgeInterval = TimeSpan.Zero, MaxPendingHistory = DirectScenarioHistory.Rows });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var transactions = _store.TransactionCount;
        var writes = _store.WriteCount;
        var refused = _store.HistoryRefusedCount;
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        Console.WriteLine($"// {writes} rows in {transactions} transactions, {refused} refused; " +
            $"process CPU {cpu.TotalMicroseconds / writes:F1} us per row");
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = DirectScenarioHistory.Rows)]
    public Task HistoryRowsCommitted()
    {
        DirectScenarioHistory.Queue(_store, DateTimeOffset.UtcNow);
        return _store.AddBlockAsync("u0", "zzprobe");
    }
}
