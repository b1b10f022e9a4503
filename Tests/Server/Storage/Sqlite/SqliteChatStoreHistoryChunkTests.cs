using ActorChat.Server.Storage;
using ActorChat.Server.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ActorChat.Tests.Server.Storage.Sqlite;

/// <summary>History kept as per-name chunks (schema 2 on), read by INBOX with the rows of <c>messages</c>.</summary>
public sealed class SqliteChatStoreHistoryChunkTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Inbox_merges_chunks_of_several_commits_with_offline_messages_sent_and_received()
    {
        await using var store = _dir.Open();
        var expected = new List<(long Id, string Text, bool Delivered)>();
        for (var commit = 0; commit < 4; commit++)
        {
            Assert.True(store.TryAppendHistory("bob", "ann", At.AddSeconds(commit), $"to ann {commit}", out var toAnn));
            Assert.True(store.TryAppendHistory("ann", "carl", At.AddSeconds(commit), $"by ann {commit}", out var byAnn));
            store.TryAppendHistory("bob", "carl", At, "not ann's", out _);
            var offline = await store.AppendMessageAsync("carl", "ann", At.AddSeconds(commit), $"offline {commit}", delivered: false);
            expected.AddRange([(toAnn, $"to ann {commit}", true), (byAnn, $"by ann {commit}", true), (offline, $"offline {commit}", false)]);
        }

        Assert.Equal(expected, (await store.GetInboxAsync("ann", 100)).Select(m => (m.Id, m.Text, m.Delivered)));
        Assert.Equal(expected.TakeLast(5), (await store.GetInboxAsync("ANN", 5)).Select(m => (m.Id, m.Text, m.Delivered)));
        Assert.Equal(expected[^1..], (await store.GetInboxAsync("ann", 1)).Select(m => (m.Id, m.Text, m.Delivered)));
        Assert.Equal(12, (await store.GetInboxAsync("carl", 100)).Count);
    }

    [Fact]
    public async Task Inbox_reads_only_the_newest_n_across_many_chunks_and_caps_n_at_500()
    {
        await using var store = _dir.Open();
        var ids = new List<long>();
        for (var commit = 0; commit < 70; commit++)
        {
            for (var i = 0; i < 10; i++)
            {
                Assert.True(store.TryAppendHistory("a", $"peer{i}", At, $"m{commit}.{i}", out var id));
                ids.Add(id);
            }

            await store.FlushAsync();
        }

        Assert.Equal(ids.TakeLast(StoreLimits.MaxInboxCount), (await store.GetInboxAsync("a", 10_000)).Select(m => m.Id));
        Assert.Equal(ids.TakeLast(15), (await store.GetInboxAsync("a", 15)).Select(m => m.Id));
        var peer = await store.GetInboxAsync("peer3", 3);
        Assert.Equal(["m67.3", "m68.3", "m69.3"], peer.Select(m => m.Text));
    }

    [Fact]
    public async Task Every_field_comes_back_from_a_chunk_including_case_unicode_and_times_out_of_order()
    {
        await using var store = _dir.Open();
        var longText = string.Concat(Enumerable.Repeat("héllo wörld 🙂 ", 40));
        Assert.True(store.TryAppendHistory("Alice", "bob", At, longText, out var first));
        Assert.True(store.TryAppendHistory("BOB", "alice", At.AddMinutes(-5), "", out var second));
        Assert.True(store.TryAppendHistory("alice", "ALICE", At.AddMilliseconds(7), "note to self", out var third));
        await store.FlushAsync();

        var inbox = await store.GetInboxAsync("aLiCe", 10);
        Assert.Equal(
            [
                new StoredMessage(first, "Alice", "bob", At, longText, true),
                new StoredMessage(second, "BOB", "alice", At.AddMinutes(-5), "", true),
                new StoredMessage(third, "alice", "ALICE", At.AddMilliseconds(7), "note to self", true),
            ],
            inbox);
        Assert.Equal(2, (await store.GetInboxAsync("Bob", 10)).Count);
    }

    [Fact]
    public async Task A_chunk_message_stored_again_undelivered_shows_once_in_inbox_and_is_delivered_once()
    {
        await using var store = _dir.Open();
        Assert.True(store.TryAppendHistory("a", "b", At, "before", out var before));
        Assert.True(store.TryAppendHistory("a", "b", At.AddSeconds(1), "dropped", out var dropped));
        await store.FlushAsync();
        // Later commits: the message is found in its own commit's chunk, not theirs.
        Assert.True(store.TryAppendHistory("b", "a", At.AddSeconds(2), "after", out var after));
        await store.FlushAsync();

        await store.MarkUndeliveredAsync([dropped]);
        await store.MarkUndeliveredAsync([dropped]);

        var offline = Assert.Single(await store.GetUndeliveredAsync("b"));
        Assert.Equal(new StoredMessage(dropped, "a", "b", At.AddSeconds(1), "dropped", false), offline);
        foreach (var name in new[] { "a", "b" })
        {
            var inbox = await store.GetInboxAsync(name, 10);
            Assert.Equal([before, dropped, after], inbox.Select(m => m.Id));
            Assert.Equal([true, false, true], inbox.Select(m => m.Delivered));
        }

        Assert.Equal([dropped, after], (await store.GetInboxAsync("a", 2)).Select(m => m.Id));

        await store.MarkDeliveredAsync([dropped]);
        Assert.Empty(await store.GetUndeliveredAsync("b"));
        Assert.Equal([true, true, true], (await store.GetInboxAsync("b", 10)).Select(m => m.Delivered));
    }

    [Fact]
    public async Task Inbox_includes_history_queued_just_before_it_without_a_flush()
    {
        await using var store = _dir.Open();
        Assert.True(store.TryAppendHistory("a", "b", At, "just delivered", out var id));

        Assert.Equal(id, Assert.Single(await store.GetInboxAsync("a", 10)).Id);
    }

    [Fact]
    public async Task Many_unsent_messages_across_commits_and_other_names_chunks_are_all_stored_again_once()
    {
        await using var store = _dir.Open();
        var toSlow = new List<long>();
        for (var commit = 0; commit < 3; commit++)
        {
            for (var i = 0; i < 40; i++)
            {
                Assert.True(store.TryAppendHistory($"s{i}", "slow", At, $"c{commit} s{i}", out var id));
                toSlow.Add(id);
                store.TryAppendHistory($"s{i}", $"other{i}", At, "not dropped", out _);
            }

            await store.FlushAsync();
        }

        // The connection dropped with its last 100 messages unsent; one id it never had is ignored.
        var unsent = toSlow.Skip(20).ToList();
        await store.MarkUndeliveredAsync([.. unsent, toSlow[^1] + 1]);

        Assert.Equal(unsent, (await store.GetUndeliveredAsync("slow")).Select(m => m.Id));
        Assert.Empty(await store.GetUndeliveredAsync("other0"));
        Assert.Equal(120, (await store.GetInboxAsync("slow", 500)).Count);
    }

    [Fact]
    public async Task Marking_an_unknown_id_undelivered_stores_nothing()
    {
        await using var store = _dir.Open();
        Assert.True(store.TryAppendHistory("a", "b", At, "kept", out var id));

        await store.MarkUndeliveredAsync([id + 1, id + 1_000]);

        Assert.Empty(await store.GetUndeliveredAsync("b"));
        Assert.Single(await store.GetInboxAsync("b", 10));
    }

    [Fact]
    public async Task A_schema_1_file_keeps_serving_its_rows_and_new_history_goes_to_chunks()
    {
        Directory.CreateDirectory(_dir.DataDirectory);
        using (var connection = _dir.OpenConnection())
        {
            SchemaMigrator.Migrate(connection, [SchemaMigrations.All[0]], _dir.DatabasePath);
            using var rows = connection.CreateCommand();
            // History and an offline message as a schema-1 server stored them; its newest row (id 4) was purged.
            rows.CommandText = $"""
                INSERT INTO names (name, first_seen, last_seen) VALUES ('Ann', 0, 0), ('bob', 0, 0);
                INSERT INTO messages (id, sender, recipient, sent_at, text, delivered) VALUES
                    (1, 'ann', 'bob', {At.ToUnixTimeMilliseconds()}, 'legacy 1', 1),
                    (2, 'bob', 'ann', {At.ToUnixTimeMilliseconds()}, 'legacy 2', 1),
                    (3, 'carl', 'ann', {At.ToUnixTimeMilliseconds()}, 'offline', 0),
                    (4, 'ann', 'bob', {At.ToUnixTimeMilliseconds()}, 'purged', 1);
                DELETE FROM messages WHERE id = 4;
                """;
            rows.ExecuteNonQuery();
        }

        await using (var store = _dir.Open())
        {
            Assert.Equal("Ann", await store.FindNameAsync("ann"));
            Assert.True(store.TryAppendHistory("bob", "ann", At, "live", out var live));
            Assert.True(live > 4);

            var inbox = await store.GetInboxAsync("ann", 10);
            Assert.Equal([1, 2, 3, live], inbox.Select(m => m.Id));
            Assert.Equal([true, true, false, true], inbox.Select(m => m.Delivered));
            Assert.Equal("offline", Assert.Single(await store.GetUndeliveredAsync("ann")).Text);

            // A schema-1 history row dropped by a slow consumer is marked in place, as before.
            await store.MarkUndeliveredAsync([1]);
            Assert.Equal("legacy 1", Assert.Single(await store.GetUndeliveredAsync("bob")).Text);
            Assert.Equal(3, (await store.GetInboxAsync("bob", 10)).Count);
        }

        Assert.Equal((long)SchemaMigrations.All[^1].Version, Count("SELECT max(version) FROM schema_version"));
        Assert.Equal(3L, Count("SELECT count(*) FROM messages"));
        Assert.Equal(2L, Count("SELECT count(*) FROM history_chunks"));
    }

    [Fact]
    public async Task A_schema_2_file_keeps_serving_its_chunks_of_the_first_format_beside_new_ones()
    {
        Directory.CreateDirectory(_dir.DataDirectory);
        using (var connection = _dir.OpenConnection())
        {
            SchemaMigrator.Migrate(connection, SchemaMigrations.All.Take(2).ToArray(), _dir.DatabasePath);
            using var rows = connection.CreateCommand();
            // Bob's chunk as a schema-2 server wrote it: format 1, both names in each message; ids 1 and 2, both
            // at At (the time is a difference from 0, zigzagged, as a varint).
            var at = At.ToUnixTimeMilliseconds();
            var zigzag = new List<byte>();
            for (var v = (ulong)at << 1; ; v >>= 7)
            {
                zigzag.Add((byte)(v < 0x80 ? v : v & 0x7F | 0x80));
                if (v < 0x80) break;
            }

            byte[] payload =
            [
                1,
                1, .. zigzag, 3, .."ann"u8, 3, .."bob"u8, 2, .."hi"u8,
                1, 0, 3, .."bob"u8, 3, .."ann"u8, 3, .."yes"u8,
            ];
            rows.CommandText = """
                INSERT INTO history_names (id, name) VALUES (1, 'bob');
                INSERT INTO history_chunks (name_id, first_id, last_id, newest_sent_at, count, sent, payload)
                    VALUES (1, 1, 2, $at, 2, 1, $payload);
                UPDATE message_ids SET last_id = 2;
                """;
            rows.Parameters.AddWithValue("$at", at);
            rows.Parameters.AddWithValue("$payload", payload);
            rows.ExecuteNonQuery();
        }

        await using (var store = _dir.Open())
        {
            Assert.True(store.TryAppendHistory("bob", "ann", At, "later", out var later));
            Assert.Equal(
                [(1L, "ann", "bob", "hi"), (2L, "bob", "ann", "yes"), (later, "bob", "ann", "later")],
                (await store.GetInboxAsync("Bob", 10)).Select(m => (m.Id, m.From, m.To, m.Text)));
            Assert.All(await store.GetInboxAsync("Bob", 10), m => Assert.Equal(At, m.SentAt));
        }

        Assert.Equal(3L, Count("SELECT max(version) FROM schema_version"));
    }

    [Fact]
    public async Task Inbox_looks_past_the_newest_messages_of_a_chunk_when_they_are_past_retention()
    {
        var clock = new FixedClock(At);
        await using var store = SqliteChatStore.Open(_dir.Options(historyDays: 2, clock: clock));
        store.TryAppendHistory("a", "b", At.AddHours(-2), "recent 1", out _);
        store.TryAppendHistory("a", "b", At.AddHours(-1), "recent 2", out _);
        // Newest by id, oldest by time (a clock stepped back): the chunk's newest message is hidden.
        store.TryAppendHistory("a", "b", At.AddDays(-3), "old", out _);
        await store.FlushAsync();

        Assert.Equal(["recent 2"], (await store.GetInboxAsync("a", 1)).Select(m => m.Text));
        Assert.Equal(["recent 1", "recent 2"], (await store.GetInboxAsync("b", 2)).Select(m => m.Text));
    }

    private long Count(string sql)
    {
        using var connection = _dir.OpenConnection(SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
