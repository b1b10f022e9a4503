using ActorChat.Server.Storage;
using ActorChat.Server.Storage.Sqlite;

namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class SqliteChatStoreHistoryTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task History_rows_appear_in_inbox_as_delivered_in_queue_order_with_awaited_appends()
    {
        await using var store = _dir.Open();
        Assert.True(store.TryAppendHistory("a", "b", At, "live 1", out var first));
        Assert.True(store.TryAppendHistory("c", "b", At.AddSeconds(1), "live 2", out var second));
        // An awaited write commits after every history row queued before it.
        var offline = await store.AppendMessageAsync("a", "b", At.AddSeconds(2), "offline", delivered: false);
        Assert.True(store.TryAppendHistory("b", "a", At.AddSeconds(3), "live 3", out var third));
        await store.AddBlockAsync("x", "y");

        Assert.True(first < second && second < offline && offline < third);
        var inbox = await store.GetInboxAsync("b", 10);
        Assert.Equal(["live 1", "live 2", "offline", "live 3"], inbox.Select(m => m.Text));
        Assert.Equal([first, second, offline, third], inbox.Select(m => m.Id));
        Assert.Equal([true, true, false, true], inbox.Select(m => m.Delivered));
        Assert.Equal(["a", "c", "a", "b"], inbox.Select(m => m.From));
        Assert.Equal(At.AddSeconds(1), inbox[1].SentAt);
    }

    [Fact]
    public async Task Many_history_rows_committed_in_batches_keep_their_order()
    {
        await using var store = _dir.Open();
        var ids = new List<long>();
        for (var i = 0; i < 5_000; i++)
        {
            Assert.True(store.TryAppendHistory(i % 2 == 0 ? "a" : "b", i % 2 == 0 ? "b" : "a", At, $"m{i}", out var id));
            ids.Add(id);
        }

        await store.AddBlockAsync("x", "y");

        var inbox = await store.GetInboxAsync("a", StoreLimits.MaxInboxCount);
        Assert.Equal(Enumerable.Range(4_500, 500).Select(i => $"m{i}"), inbox.Select(m => m.Text));
        Assert.Equal(ids.Skip(4_500), inbox.Select(m => m.Id));
    }

    [Fact]
    public async Task A_history_row_can_be_marked_undelivered_by_its_id_at_once()
    {
        await using var store = _dir.Open();
        Assert.True(store.TryAppendHistory("a", "b", At, "dropped by a slow consumer", out var id));
        await store.MarkUndeliveredAsync([id]);

        var undelivered = Assert.Single(await store.GetUndeliveredAsync("b"));
        Assert.Equal(id, undelivered.Id);
        Assert.Equal("dropped by a slow consumer", undelivered.Text);
    }

    [Fact]
    public async Task History_rows_queued_before_closing_are_kept()
    {
        var store = _dir.Open();
        Assert.True(store.TryAppendHistory("a", "b", At, "last words", out _));
        await store.DisposeAsync();

        await using var reopened = _dir.Open();
        Assert.Equal("last words", Assert.Single(await reopened.GetInboxAsync("b", 10)).Text);
    }

    [Fact]
    public async Task History_after_closing_is_refused_with_an_error()
    {
        var store = _dir.Open();
        await store.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => store.TryAppendHistory("a", "b", At, "too late", out _));
    }

    [Fact]
    public async Task Ids_are_not_reused_after_reopening_even_when_the_newest_rows_were_purged()
    {
        var clock = new FixedClock(At);
        long last;
        await using (var store = SqliteChatStore.Open(_dir.Options(historyDays: 1, clock: clock)))
        {
            store.TryAppendHistory("a", "b", At.AddDays(-5), "old 1", out _);
            store.TryAppendHistory("a", "b", At.AddDays(-5), "old 2", out last);
            Assert.Equal(2, await store.PurgeHistoryAsync());
        }

        await using var reopened = SqliteChatStore.Open(_dir.Options(historyDays: 1, clock: clock));
        Assert.True(reopened.TryAppendHistory("a", "b", At, "new", out var next));
        Assert.True(next > last);
        Assert.True(await reopened.AppendMessageAsync("a", "b", At, "newer", delivered: false) > next);
    }
}
