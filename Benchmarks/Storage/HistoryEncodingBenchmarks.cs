extern alias ActorChatServer;

using ActorChatServer::ActorChat.Server.Storage.Sqlite;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace ActorChat.Benchmarks.Storage;

/// <summary>
/// The store writer's encoding of history rows into per-name chunks, without SQLite: one commit's worth of rows of
/// the direct scenario (1,000 names, each sending to the next 4 in turn), each with its own text array as each
/// message has its own line, encoded and then dropped. One operation: one row.
/// </summary>
[MemoryDiagnoser]
public class HistoryEncodingBenchmarks
{
    // About what the writer buffers before the 2 MiB bound commits it, at the direct scenario's sizes.
    private const int Rows = 20_000;
    private const int Names = 1000;

    private readonly List<HistoryRow> _rows = new(Rows);
    private SqliteConnection _connection = null!;
    private HistoryChunkWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        SchemaMigrator.Migrate(_connection, SchemaMigrations.All, ":memory:");
        _writer = new HistoryChunkWriter(_connection);
        // The server passes each connection's own name string, the same instance message after message.
        var names = Enumerable.Range(0, Names).Select(i => $"user{i:D4}").ToArray();
        var sentAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var r = 0; r < Rows; r++)
        {
            var from = r % Names;
            var to = (from + 1 + r / Names % 4) % Names;
            var text = System.Text.Encoding.UTF8.GetBytes($"message {r} from {names[from]}");
            _rows.Add(new HistoryRow(r + 1, names[from], names[to], sentAt + r / 100, text));
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _writer.Dispose();
        _connection.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public long EncodeCommitOfRows()
    {
        _writer.Buffer(_rows);
        var bytes = _writer.BufferedBytes;
        _writer.Clear();
        return bytes;
    }
}
