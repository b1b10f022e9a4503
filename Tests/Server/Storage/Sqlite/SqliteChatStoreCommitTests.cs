using Microsoft.Data.Sqlite;

namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class SqliteChatStoreCommitTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task No_append_completes_before_its_batch_commits_and_a_thousand_commit_in_two_transactions()
    {
        await using var store = _dir.Open();
        await store.FlushAsync();
        var transactionsBefore = store.TransactionCount;

        Task<long>[] appends;
        using (var blocker = _dir.OpenConnection(SqliteOpenMode.ReadWrite))
        {
            // Holding SQLite's write lock from outside stalls the writer at BEGIN while all 1,000 queue up.
            using var lockHolder = blocker.BeginTransaction(deferred: false);
            appends = Enumerable.Range(0, 1_000)
                .Select(i => store.AppendMessageAsync($"sender{i % 100}", "bob", T0, $"m{i}", delivered: false))
                .ToArray();

            Assert.DoesNotContain(appends, a => a.IsCompleted);
            lockHolder.Commit();
        }

        await Task.WhenAll(appends);

        // The first batch took what was queued when the writer woke; the rest fit in one batch of at most 1,024.
        Assert.InRange(store.TransactionCount - transactionsBefore, 1, 2);
        Assert.Equal(1_000, CountRows("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task A_batch_never_exceeds_the_maximum_batch_size()
    {
        await using var store = OpenStore(maxBatchSize: 10);
        await store.FlushAsync();
        var transactionsBefore = store.TransactionCount;
        var writesBefore = store.WriteCount;

        Task<long>[] appends;
        using (var blocker = _dir.OpenConnection(SqliteOpenMode.ReadWrite))
        {
            using var lockHolder = blocker.BeginTransaction(deferred: false);
            appends = Enumerable.Range(0, 1_000)
                .Select(i => store.AppendMessageAsync("a", "b", T0, $"m{i}", delivered: false))
                .ToArray();
            lockHolder.Commit();
        }

        await Task.WhenAll(appends);

        Assert.InRange(store.TransactionCount - transactionsBefore, 100, 101);
        Assert.Equal(1_000, store.WriteCount - writesBefore);
    }

    [Fact]
    public async Task A_failing_write_fails_alone_and_the_rest_of_its_batch_commits()
    {
        await using var store = _dir.Open();
        using (var setup = _dir.OpenConnection(SqliteOpenMode.ReadWrite))
        {
            using var trigger = setup.CreateCommand();
            trigger.CommandText = """
                CREATE TRIGGER poison BEFORE INSERT ON messages WHEN NEW.text = 'poison'
                BEGIN SELECT RAISE(ABORT, 'poisoned message'); END
                """;
            trigger.ExecuteNonQuery();
        }

        Task<long>[] appends;
        using (var blocker = _dir.OpenConnection(SqliteOpenMode.ReadWrite))
        {
            using var lockHolder = blocker.BeginTransaction(deferred: false);
            appends = Enumerable.Range(0, 50)
                .Select(i => store.AppendMessageAsync("a", "b", T0, i == 25 ? "poison" : $"m{i}", delivered: false))
                .ToArray();
            lockHolder.Commit();
        }

        var error = await Assert.ThrowsAsync<ActorChat.Server.Storage.StoreException>(() => appends[25]);
        Assert.Contains("poisoned message", error.Message);
        await Task.WhenAll(appends.Where((_, i) => i != 25));
        Assert.Equal(49, CountRows("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task Every_completed_append_is_visible_to_another_connection_at_once()
    {
        await using var store = _dir.Open();
        using var reader = _dir.OpenConnection(SqliteOpenMode.ReadOnly);
        var seen = 0;

        var checks = Enumerable.Range(0, 300).Select(async i =>
        {
            var id = await store.AppendMessageAsync($"s{i % 100}", "bob", T0, $"m{i}", delivered: false);
            lock (reader)
            {
                using var command = reader.CreateCommand();
                command.CommandText = "SELECT count(*) FROM messages WHERE id = $id";
                command.Parameters.AddWithValue("$id", id);
                seen += Convert.ToInt32(command.ExecuteScalar());
            }
        });
        await Task.WhenAll(checks);

        Assert.Equal(300, seen);
    }

    [Fact]
    public async Task Dispose_commits_every_write_still_queued()
    {
        var store = _dir.Open();
        var appends = Enumerable.Range(0, 500)
            .Select(i => store.AppendMessageAsync("a", "b", T0, $"m{i}", delivered: false))
            .ToArray();

        await store.DisposeAsync();

        Assert.All(appends, a => Assert.True(a.IsCompletedSuccessfully));
        Assert.Equal(500, CountRows("SELECT count(*) FROM messages"));
        var log = new FileInfo(_dir.DatabasePath + "-wal");
        Assert.True(!log.Exists || log.Length == 0, "the write-ahead log is checkpointed into the database at close");
    }

    [Fact]
    public async Task A_closed_store_refuses_work_with_ObjectDisposedException()
    {
        var store = _dir.Open();
        await store.DisposeAsync();
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.AppendMessageAsync("a", "b", T0, "x", false));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.FindNameAsync("a"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.FlushAsync());
    }

    [Fact]
    public async Task Flush_completes_after_every_earlier_write_and_leaves_the_log_checkpointed()
    {
        await using var store = _dir.Open();
        var appends = Enumerable.Range(0, 200)
            .Select(i => store.AppendMessageAsync("a", "b", T0, $"m{i}", delivered: false))
            .ToArray();

        await store.FlushAsync();

        Assert.All(appends, a => Assert.True(a.IsCompletedSuccessfully));
        using var connection = _dir.OpenConnection(SqliteOpenMode.ReadWrite);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var result = command.ExecuteReader();
        Assert.True(result.Read());
        Assert.Equal(0, result.GetInt32(0));
        Assert.Equal(result.GetInt32(1), result.GetInt32(2));
    }

    [Fact]
    public async Task The_log_is_checkpointed_in_the_background_without_a_flush()
    {
        await using var store = _dir.Open();
        var caughtUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Checkpointed += (logFrames, checkpointedFrames) =>
        {
            if (logFrames > 0 && checkpointedFrames == logFrames)
            {
                caughtUp.TrySetResult();
            }
        };

        await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(i => store.AppendMessageAsync("a", "b", T0, $"m{i}", delivered: false)));

        await caughtUp.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Completed_writes_survive_the_process_dying_without_closing_the_store()
    {
        await using var store = _dir.Open();
        await store.RecordLoginAsync("Alice", T0);
        await store.AddBlockAsync("alice", "eve");
        await Task.WhenAll(Enumerable.Range(0, 300)
            .Select(i => store.AppendMessageAsync($"s{i % 100}", "alice", T0, $"m{i}", delivered: false)));

        // What a kill -9 leaves: the files as they are now, never closed or checkpointed at close; the shared
        // memory index is left behind too, since SQLite rebuilds it from the log.
        var crashed = Path.Combine(_dir.Root, "crashed");
        Directory.CreateDirectory(crashed);
        foreach (var suffix in new[] { "", "-wal" })
        {
            File.Copy(_dir.DatabasePath + suffix, Path.Combine(crashed, Path.GetFileName(_dir.DatabasePath) + suffix));
        }

        await using var recovered = ActorChat.Server.Storage.Sqlite.SqliteChatStore.Open(
            new ActorChat.Server.Storage.StoreOptions(crashed) { PurgeInterval = TimeSpan.Zero });
        Assert.Equal("Alice", await recovered.FindNameAsync("alice"));
        Assert.True(await recovered.IsBlockedAsync("alice", "eve"));
        Assert.Equal(300, (await recovered.GetUndeliveredAsync("alice")).Count);
    }

    [Fact]
    public async Task Reopening_keeps_names_last_seen_blocks_messages_and_delivered_flags()
    {
        long delivered, pending;
        await using (var store = _dir.Open())
        {
            await store.RecordLoginAsync("Alice", T0);
            await store.RecordLoginAsync("bob", T0.AddHours(-5));
            await store.SetLastSeenAsync("bob", T0.AddMinutes(-1));
            await store.AddBlockAsync("alice", "Mallory");
            delivered = await store.AppendMessageAsync("bob", "alice", T0, "seen", delivered: false);
            pending = await store.AppendMessageAsync("bob", "alice", T0.AddSeconds(1), "not yet", delivered: false);
            await store.MarkDeliveredAsync([delivered]);
        }

        await using (var reopened = _dir.Open())
        {
            Assert.Equal("Alice", await reopened.FindNameAsync("ALICE"));
            Assert.Equal(["Alice", "bob"], await reopened.NamesSeenSinceAsync(T0.AddMinutes(-2)));
            Assert.Equal(["Mallory"], await reopened.GetBlocksAsync("Alice"));
            Assert.Equal(pending, Assert.Single(await reopened.GetUndeliveredAsync("alice")).Id);
            Assert.Equal([true, false], (await reopened.GetInboxAsync("alice", 20)).Select(m => m.Delivered));

            var next = await reopened.AppendMessageAsync("bob", "alice", T0, "after reopen", delivered: false);
            Assert.True(next > pending);
        }
    }

    private ActorChat.Server.Storage.Sqlite.SqliteChatStore OpenStore(int maxBatchSize) =>
        ActorChat.Server.Storage.Sqlite.SqliteChatStore.Open(_dir.Options(maxBatchSize: maxBatchSize));

    private long CountRows(string sql)
    {
        using var connection = _dir.OpenConnection(SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
