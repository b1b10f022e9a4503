using ActorChat.Server.Storage.Sqlite;

namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class SqliteChatStorePurgeTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDataDirectory _dir = new();
    private readonly FixedClock _clock = new(Now);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Purge_deletes_delivered_messages_older_than_history_days_and_keeps_undelivered_ones()
    {
        await using var store = SqliteChatStore.Open(_dir.Options(historyDays: 2, clock: _clock));
        await store.AppendMessageAsync("a", "b", Now.AddDays(-2).AddMilliseconds(-1), "old, delivered", delivered: true);
        await store.AppendMessageAsync("a", "b", Now.AddDays(-10), "old, never delivered", delivered: false);
        await store.AppendMessageAsync("a", "b", Now.AddDays(-2), "exactly at the limit", delivered: true);
        await store.AppendMessageAsync("a", "b", Now.AddHours(-1), "recent", delivered: true);

        Assert.Equal(1, await store.PurgeHistoryAsync());
        Assert.Equal(0, await store.PurgeHistoryAsync());

        var left = (await store.GetInboxAsync("b", 10)).Select(m => m.Text);
        Assert.Equal(["old, never delivered", "exactly at the limit", "recent"], left);
    }

    [Fact]
    public async Task Purge_with_history_days_zero_keeps_everything()
    {
        await using var store = SqliteChatStore.Open(_dir.Options(historyDays: 0, clock: _clock));
        await store.AppendMessageAsync("a", "b", Now.AddYears(-5), "ancient", delivered: true);

        Assert.Equal(0, await store.PurgeHistoryAsync());
        Assert.Single(await store.GetInboxAsync("b", 10));
    }

    [Fact]
    public async Task Purge_deletes_more_than_one_chunk()
    {
        await using var store = SqliteChatStore.Open(_dir.Options(historyDays: 1, clock: _clock));
        for (var i = 0; i < 10_001; i++)
        {
            _ = store.AppendMessageAsync("a", "b", Now.AddDays(-3), "old", delivered: true);
        }

        await store.AppendMessageAsync("a", "b", Now, "new", delivered: true);

        Assert.Equal(10_001, await store.PurgeHistoryAsync());
        Assert.Equal("new", Assert.Single(await store.GetInboxAsync("b", 10)).Text);
    }

    [Fact]
    public async Task The_periodic_purge_runs_on_its_own()
    {
        await using var store = SqliteChatStore.Open(
            _dir.Options(historyDays: 1, clock: _clock, purgeInterval: TimeSpan.FromMilliseconds(20)));
        await store.AppendMessageAsync("a", "b", Now.AddDays(-3), "old", delivered: true);
        var purged = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Purged += count =>
        {
            if (count > 0)
            {
                purged.TrySetResult(count);
            }
        };

        Assert.Equal(1, await purged.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(await store.GetInboxAsync("b", 10));
    }
}
