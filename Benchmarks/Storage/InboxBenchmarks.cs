extern alias ActorChatServer;

using ActorChatServer::ActorChat.Server.Storage;
using ActorChatServer::ActorChat.Server.Storage.Sqlite;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ActorChat.Benchmarks.Storage;

/// <summary>
/// INBOX over a name with a long history: the history of the server's direct scenario (1,000 names, each sending
/// 200 messages to the next 4) kept five times over (1,000,000 messages, 2,000 per name), plus 20 offline
/// messages to the name. One operation: one INBOX of <see cref="Count"/> messages.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class InboxBenchmarks
{
    private string _directory = "";
    private SqliteChatStore _store = null!;

    /// <summary>How many messages INBOX asks for: the default and the most.</summary>
    [Params(20, 500)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "actorchat-bench-store", Guid.NewGuid().ToString("N"));
        _store = SqliteChatStore.Open(new StoreOptions(_directory) { PurgeInterval = TimeSpan.Zero, MaxPendingHistory = DirectScenarioHistory.Rows });
        for (var round = 0; round < 5; round++)
        {
            DirectScenarioHistory.Queue(_store, DateTimeOffset.UtcNow);
            _store.FlushAsync().GetAwaiter().GetResult();
        }

        for (var i = 0; i < 20; i++)
        {
            _store.AppendMessageAsync("u9", "u500", DateTimeOffset.UtcNow, "while you were away", delivered: false).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public int Inbox() => _store.GetInboxAsync("u500", Count).GetAwaiter().GetResult().Count;
}
