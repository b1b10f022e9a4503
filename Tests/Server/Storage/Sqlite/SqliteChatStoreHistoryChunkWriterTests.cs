using ActorChat.Server.Storage;
using ActorChat.Server.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ActorChat.Tests.Server.Storage.Sqlite;

/// <summary>History chunks as the writer keeps them: when they commit, the pending limit, purge, ids, rollback.</summary>
public sealed class SqliteChatStoreHistoryChunkWriterTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task History_without_any_awaited_write_is_committed_on_its_own_within_the_window()
    {
        await using var store = _dir.Open();
        var committed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.HistoryCommitted += count => committed.TrySetResult(count);

        Assert.True(store.TryAppendHistory("a", "b", At, "alone", out _));

        Assert.Equal(1, await committed.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1L, Count("SELECT count(*) FROM history_chunks WHERE name_id = (SELECT id FROM history_names WHERE name = 'b')"));
    }

    [Fact]
    public async Task Ids_continue_after_reopening_a_file_whose_newest_messages_are_only_in_chunks()
    {
        long last;
        await using (var store = _dir.Open())
        {
            await store.AppendMessageAsync("a", "b", At, "offline", delivered: false);
            store.TryAppendHistory("a", "b", At, "live 1", out _);
            store.TryAppendHistory("a", "b", At, "live 2", out last);
        }

        await using var reopened = _dir.Open();
        Assert.True(await reopened.AppendMessageAsync("a", "b", At, "next", delivered: false) > last);
    }

    [Fact]
    public async Task Purge_deletes_chunks_past_retention_and_inbox_hides_old_messages_before_the_purge()
    {
        var clock = new FixedClock(At);
        await using var store = SqliteChatStore.Open(_dir.Options(historyDays: 2, clock: clock));
        store.TryAppendHistory("a", "b", At.AddDays(-3), "old 1", out _);
        store.TryAppendHistory("b", "a", At.AddDays(-3), "old 2", out _);
        store.TryAppendHistory("c", "c", At.AddDays(-3), "old to self", out _);
        await store.FlushAsync();
        // One chunk holding an old and a recent message: kept whole, the old one hidden.
        store.TryAppendHistory("a", "b", At.AddDays(-4), "old in a new chunk", out _);
        store.TryAppendHistory("a", "b", At.AddHours(-1), "recent", out _);
        await store.FlushAsync();

        Assert.Equal(["recent"], (await store.GetInboxAsync("a", 10)).Select(m => m.Text));
        Assert.Equal(3, await store.PurgeHistoryAsync());
        Assert.Equal(0, await store.PurgeHistoryAsync());
        Assert.Equal(["recent"], (await store.GetInboxAsync("b", 10)).Select(m => m.Text));
        Assert.Equal(2L, Count("SELECT count(*) FROM history_chunks"));
    }

    [Fact]
    public async Task Purge_deletes_more_chunks_than_one_write_request_takes()
    {
        var clock = new FixedClock(At);
        await using var store = SqliteChatStore.Open(_dir.Options(historyDays: 1, clock: clock));
        for (var i = 0; i < 1_500; i++)
        {
            store.TryAppendHistory($"s{i}", $"r{i}", At.AddDays(-2), "old", out _);
        }

        store.TryAppendHistory("a", "b", At, "new", out _);
        await store.FlushAsync();

        Assert.Equal(1_500, await store.PurgeHistoryAsync());
        Assert.Equal(2L, Count("SELECT count(*) FROM history_chunks"));
    }

    [Fact]
    public async Task History_beyond_the_pending_limit_is_refused_counted_and_the_rest_kept()
    {
        await using var store = SqliteChatStore.Open(_dir.Options() with { MaxPendingHistory = 1 });
        var accepted = new List<long>();
        var refused = 0;
        using (var blocker = _dir.OpenConnection())
        {
            // While another connection holds the write lock the writer cannot commit: once it tries (at the end of
            // its history window), rows pile up in the queue and beyond the limit are refused.
            using var lockHolder = blocker.BeginTransaction(deferred: false);
            for (var i = 0; refused == 0; i++)
            {
                if (store.TryAppendHistory("a", "b", At, $"m{i}", out var id)) accepted.Add(id);
                else refused++;
            }

            lockHolder.Commit();
        }

        await store.FlushAsync();
        Assert.Equal(refused, store.HistoryRefusedCount);
        Assert.Equal(accepted.Count, Count("SELECT sum(sent) FROM history_chunks"));
        Assert.Equal(accepted.TakeLast(StoreLimits.MaxInboxCount), (await store.GetInboxAsync("b", 500)).Select(m => m.Id));
    }

    [Fact]
    public void A_rolled_back_commit_forgets_the_name_ids_it_created()
    {
        using var connection = OpenMigrated();
        using var commands = new WriterCommands(connection);
        List<HistoryRow> rows = [new(1, "new", "newer", 0, "x"u8.ToArray())];

        commands.History.Buffer(rows);
        commands.Begin();
        commands.History.Write();
        commands.Rollback();
        commands.Begin();
        commands.History.Write();
        commands.Commit();

        using var check = connection.CreateCommand();
        check.CommandText = "SELECT count(*) FROM history_chunks JOIN history_names ON history_names.id = name_id";
        Assert.Equal(2L, check.ExecuteScalar());
    }

    [Fact]
    public void A_commit_reuses_the_buffers_of_the_commits_before_it_whichever_names_had_the_large_chunks()
    {
        using var connection = OpenMigrated();
        using var chunks = new HistoryChunkWriter(connection);
        var names = Enumerable.Range(0, 100).Select(i => $"name{i}").ToArray();
        var text = new byte[100];
        long id = 0;
        // Every commit the same sizes of chunk, but each time ten other names have the large ones (about 20 KB).
        List<HistoryRow> Commit(int heavyFrom)
        {
            var rows = new List<HistoryRow>();
            for (var n = 0; n < names.Length; n++)
            {
                var messages = n >= heavyFrom && n < heavyFrom + 10 ? 200 : 1;
                for (var m = 0; m < messages; m++) rows.Add(new HistoryRow(++id, names[n], names[n], 0, text));
            }

            return rows;
        }

        List<HistoryRow>[] commits = [Commit(0), Commit(10), Commit(20)];
        chunks.Buffer(commits[0]);
        chunks.Clear();
        chunks.Buffer(commits[1]);
        chunks.Clear();

        var before = GC.GetAllocatedBytesForCurrentThread();
        chunks.Buffer(commits[2]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(commits[2].Count, chunks.Buffered);
        Assert.True(allocated < 1024, $"{allocated} bytes allocated encoding a commit of {commits[2].Count} messages");
    }

    [Fact]
    public void A_name_goes_to_its_own_chunk_in_every_commit_though_the_chunks_of_each_commit_come_in_another_order()
    {
        using var connection = OpenMigrated();
        using var commands = new WriterCommands(connection);
        // The same string instances in both commits, as a connection's name is; the second commit meets the names
        // in the other order, so each gets the other's chunk builder of the first.
        string ann = "ann", bob = "bob", cy = "cy";
        void Commit(List<HistoryRow> rows)
        {
            commands.History.Buffer(rows);
            commands.Begin();
            commands.History.Write();
            commands.Commit();
            commands.History.Clear();
        }

        Commit([new(1, ann, bob, 0, "1"u8.ToArray()), new(2, ann, bob, 0, "2"u8.ToArray())]);
        Commit([new(3, cy, bob, 0, "3"u8.ToArray()), new(4, bob, ann, 0, "4"u8.ToArray())]);

        using var query = connection.CreateCommand();
        query.CommandText = "SELECT name, payload FROM history_chunks JOIN history_names ON history_names.id = name_id";
        var texts = new Dictionary<string, List<string>>();
        using (var reader = query.ExecuteReader())
            while (reader.Read())
            {
                var messages = new List<StoredMessage>();
                HistoryPayload.Decode((byte[])reader["payload"], messages);
                Assert.All(messages, m => Assert.Contains(reader.GetString(0), new[] { m.From, m.To }));
                texts.TryAdd(reader.GetString(0), []);
                texts[reader.GetString(0)].AddRange(messages.Select(m => m.Text));
            }

        Assert.Equal(["1", "2", "4"], texts["ann"]);
        Assert.Equal(["1", "2", "3", "4"], texts["bob"]);
        Assert.Equal(["3"], texts["cy"]);
    }

    [Fact]
    public void The_entries_of_name_instances_gone_do_not_pile_up_across_commits()
    {
        using var connection = OpenMigrated();
        using var commands = new WriterCommands(connection);
        var id = 0L;
        for (var commit = 0; commit < 300; commit++)
        {
            // Each row from a new login of ann to a new login of bob: new instances of both names every time.
            var rows = Enumerable.Range(0, 10)
                .Select(_ => new HistoryRow(++id, new string("ann".AsSpan()), new string("bob".AsSpan()), 0, "x"u8.ToArray()))
                .ToList();
            commands.History.Buffer(rows);
            commands.Begin();
            commands.History.Write();
            commands.Commit();
            commands.History.Clear();
            Assert.True(commands.History.RememberedInstances <= 1024 + 4 * 2,
                $"{commands.History.RememberedInstances} name instances remembered after commit {commit}");
        }

        using var query = connection.CreateCommand();
        query.CommandText = "SELECT name, payload FROM history_chunks JOIN history_names ON history_names.id = name_id";
        var counts = new Dictionary<string, int>();
        using (var reader = query.ExecuteReader())
            while (reader.Read())
            {
                var messages = new List<StoredMessage>();
                HistoryPayload.Decode((byte[])reader["payload"], messages);
                counts[reader.GetString(0)] = counts.GetValueOrDefault(reader.GetString(0)) + messages.Count;
            }

        Assert.Equal(3000, counts["ann"]);
        Assert.Equal(3000, counts["bob"]);
    }

    private SqliteConnection OpenMigrated()
    {
        Directory.CreateDirectory(_dir.DataDirectory);
        var connection = _dir.OpenConnection();
        SchemaMigrator.Migrate(connection, SchemaMigrations.All, _dir.DatabasePath);
        return connection;
    }

    private long Count(string sql)
    {
        using var connection = _dir.OpenConnection(SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
