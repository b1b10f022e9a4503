using ActorChat.Server.Storage;

namespace ActorChat.Tests.Server.Storage;

public sealed class SqliteChatStoreMessageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 30, 0, 123, TimeSpan.Zero);
    private readonly TempDataDirectory _dir = new();
    private ActorChat.Server.Storage.Sqlite.SqliteChatStore _store = null!;

    public Task InitializeAsync()
    {
        _store = _dir.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task An_appended_message_comes_back_with_every_field()
    {
        var id = await _store.AppendMessageAsync("alice", "Bob", T0, "hello there, bob", delivered: false);

        var message = Assert.Single(await _store.GetUndeliveredAsync("bob"));
        Assert.Equal(new StoredMessage(id, "alice", "Bob", T0, "hello there, bob", false), message);
        Assert.Equal(TimeSpan.Zero, message.SentAt.Offset);
    }

    [Fact]
    public async Task Times_are_kept_to_the_millisecond()
    {
        var sentAt = T0.AddTicks(9_999);
        await _store.AppendMessageAsync("a", "b", sentAt, "x", delivered: false);

        Assert.Equal(T0, Assert.Single(await _store.GetUndeliveredAsync("b")).SentAt);
    }

    [Fact]
    public async Task Ids_increase_in_append_order()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(i => _store.AppendMessageAsync("a", "b", T0, $"m{i}", delivered: false)));

        Assert.Equal(ids.Order(), ids);
        Assert.Equal(100, ids.Distinct().Count());
    }

    [Fact]
    public async Task Undelivered_messages_come_oldest_first_for_that_recipient_only()
    {
        await _store.AppendMessageAsync("carol", "bob", T0.AddSeconds(2), "second", delivered: false);
        await _store.AppendMessageAsync("alice", "BOB", T0, "third, though older clock", delivered: false);
        await _store.AppendMessageAsync("alice", "dave", T0, "not bob's", delivered: false);
        await _store.AppendMessageAsync("alice", "bob", T0, "already delivered", delivered: true);
        await _store.AppendMessageAsync("dave", "bob", T0.AddSeconds(3), "fourth", delivered: false);

        var texts = (await _store.GetUndeliveredAsync("Bob")).Select(m => m.Text);

        Assert.Equal(["second", "third, though older clock", "fourth"], texts);
    }

    [Fact]
    public async Task Undelivered_messages_page_by_last_id()
    {
        for (var i = 0; i < 5; i++)
        {
            await _store.AppendMessageAsync("a", "b", T0, $"m{i}", delivered: false);
        }

        var first = await _store.GetUndeliveredAsync("b", maxCount: 2);
        var second = await _store.GetUndeliveredAsync("b", first[^1].Id, 2);
        var third = await _store.GetUndeliveredAsync("b", second[^1].Id, 2);

        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], first.Concat(second).Concat(third).Select(m => m.Text));
        Assert.Empty(await _store.GetUndeliveredAsync("b", third[^1].Id));
    }

    [Fact]
    public async Task Marking_delivered_removes_only_those_from_undelivered_and_is_idempotent()
    {
        var one = await _store.AppendMessageAsync("a", "b", T0, "one", delivered: false);
        var two = await _store.AppendMessageAsync("a", "b", T0, "two", delivered: false);
        var three = await _store.AppendMessageAsync("a", "b", T0, "three", delivered: false);

        await _store.MarkDeliveredAsync([one, three]);
        await _store.MarkDeliveredAsync([one, three, 999_999]);
        await _store.MarkDeliveredAsync([]);

        var left = Assert.Single(await _store.GetUndeliveredAsync("b"));
        Assert.Equal(two, left.Id);
        Assert.Equal([true, false, true], (await _store.GetInboxAsync("b", 10)).Select(m => m.Delivered));
    }

    [Fact]
    public async Task A_message_marked_undelivered_is_delivered_again_in_its_place()
    {
        var first = await _store.AppendMessageAsync("a", "b", T0, "first, dropped by a slow connection", delivered: true);
        var second = await _store.AppendMessageAsync("a", "b", T0, "second, offline", delivered: false);

        await _store.MarkUndeliveredAsync([first, 999_999]);
        await _store.MarkUndeliveredAsync([first]);

        Assert.Equal([first, second], (await _store.GetUndeliveredAsync("b")).Select(m => m.Id));
        Assert.Equal(2, (await _store.GetInboxAsync("b", 10)).Count);
    }

    [Fact]
    public async Task Mark_delivered_copies_the_ids_when_called()
    {
        var one = await _store.AppendMessageAsync("a", "b", T0, "one", delivered: false);
        var two = await _store.AppendMessageAsync("a", "b", T0, "two", delivered: false);
        var ids = new List<long> { one };

        var marking = _store.MarkDeliveredAsync(ids);
        ids[0] = two;
        await marking;

        Assert.Equal(two, Assert.Single(await _store.GetUndeliveredAsync("b")).Id);
    }

    [Fact]
    public async Task Inbox_holds_messages_sent_to_or_by_the_name_oldest_first_offline_ones_included()
    {
        await _store.AppendMessageAsync("alice", "bob", T0, "to bob, live", delivered: true);
        await _store.AppendMessageAsync("carol", "dave", T0, "not bob's business", delivered: false);
        await _store.AppendMessageAsync("Bob", "alice", T0, "by bob", delivered: false);
        await _store.AppendMessageAsync("carol", "BOB", T0, "to bob, offline", delivered: false);
        await _store.AppendMessageAsync("bob", "bob", T0, "note to self", delivered: true);

        var inbox = await _store.GetInboxAsync("bob", 20);

        Assert.Equal(["to bob, live", "by bob", "to bob, offline", "note to self"], inbox.Select(m => m.Text));
    }

    [Fact]
    public async Task Inbox_returns_the_last_n_and_caps_n_at_500()
    {
        for (var i = 0; i < 260; i++)
        {
            _ = _store.AppendMessageAsync("alice", "bob", T0, $"to {i}", delivered: true);
            _ = _store.AppendMessageAsync("bob", "carol", T0, $"by {i}", delivered: true);
        }

        await _store.FlushAsync();

        var lastThree = await _store.GetInboxAsync("bob", 3);
        Assert.Equal(["by 258", "to 259", "by 259"], lastThree.Select(m => m.Text));

        var capped = await _store.GetInboxAsync("bob", 10_000);
        Assert.Equal(StoreLimits.MaxInboxCount, capped.Count);
        Assert.Equal("to 10", capped[0].Text);
        Assert.Equal(capped.Select(m => m.Id).Order(), capped.Select(m => m.Id));
    }

    [Fact]
    public async Task Bad_arguments_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _store.AppendMessageAsync("a", "b", T0, null!, false));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.AppendMessageAsync("", "b", T0, "x", false));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _store.GetInboxAsync("a", 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _store.GetUndeliveredAsync("a", 0, 0));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _store.MarkDeliveredAsync(null!));
    }
}
