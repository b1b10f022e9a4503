using ActorChat.Server.Storage;

namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class SqliteChatStoreMessageTests : OpenStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 30, 0, 123, TimeSpan.Zero);
    [Fact]
    public async Task An_appended_message_comes_back_with_every_field()
    {
        var id = await Store.AppendMessageAsync("alice", "Bob", T0, "hello there, bob", delivered: false);

        var message = Assert.Single(await Store.GetUndeliveredAsync("bob"));
        Assert.Equal(new StoredMessage(id, "alice", "Bob", T0, "hello there, bob", false), message);
        Assert.Equal(TimeSpan.Zero, message.SentAt.Offset);
    }

    [Fact]
    public async Task Times_are_kept_to_the_millisecond()
    {
        var sentAt = T0.AddTicks(9_999);
        await Store.AppendMessageAsync("a", "b", sentAt, "x", delivered: false);

        Assert.Equal(T0, Assert.Single(await Store.GetUndeliveredAsync("b")).SentAt);
    }

    [Fact]
    public async Task Ids_increase_in_append_order()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(i => Store.AppendMessageAsync("a", "b", T0, $"m{i}", delivered: false)));

        Assert.Equal(ids.Order(), ids);
        Assert.Equal(100, ids.Distinct().Count());
    }

    [Fact]
    public async Task Undelivered_messages_come_oldest_first_for_that_recipient_only()
    {
        await Store.AppendMessageAsync("carol", "bob", T0.AddSeconds(2), "second", delivered: false);
        await Store.AppendMessageAsync("alice", "BOB", T0, "third, though older clock", delivered: false);
        await Store.AppendMessageAsync("alice", "dave", T0, "not bob's", delivered: false);
        await Store.AppendMessageAsync("alice", "bob", T0, "already delivered", delivered: true);
        await Store.AppendMessageAsync("dave", "bob", T0.AddSeconds(3), "fourth", delivered: false);

        var texts = (await Store.GetUndeliveredAsync("Bob")).Select(m => m.Text);

        Assert.Equal(["second", "third, though older clock", "fourth"], texts);
    }

    [Fact]
    public async Task Undelivered_messages_page_by_last_id()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.AppendMessageAsync("a", "b", T0, $"m{i}", delivered: false);
        }

        var first = await Store.GetUndeliveredAsync("b", maxCount: 2);
        var second = await Store.GetUndeliveredAsync("b", first[^1].Id, 2);
        var third = await Store.GetUndeliveredAsync("b", second[^1].Id, 2);

        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], first.Concat(second).Concat(third).Select(m => m.Text));
        Assert.Empty(await Store.GetUndeliveredAsync("b", third[^1].Id));
    }

    [Fact]
    public async Task Marking_delivered_removes_only_those_from_undelivered_and_is_idempotent()
    {
        var one = await Store.AppendMessageAsync("a", "b", T0, "one", delivered: false);
        var two = await Store.AppendMessageAsync("a", "b", T0, "two", delivered: false);
        var three = await Store.AppendMessageAsync("a", "b", T0, "three", delivered: false);

        await Store.MarkDeliveredAsync([one, three]);
        await Store.MarkDeliveredAsync([one, three, 999_999]);
        await Store.MarkDeliveredAsync([]);

        var left = Assert.Single(await Store.GetUndeliveredAsync("b"));
        Assert.Equal(two, left.Id);
        Assert.Equal([true, false, true], (await Store.GetInboxAsync("b", 10)).Select(m => m.Delivered));
    }

    [Fact]
    public async Task A_message_marked_undelivered_is_delivered_again_in_its_place()
    {
        var first = await Store.AppendMessageAsync("a", "b", T0, "first, dropped by a slow connection", delivered: true);
        var second = await Store.AppendMessageAsync("a", "b", T0, "second, offline", delivered: false);

        await Store.MarkUndeliveredAsync([first, 999_999]);
        await Store.MarkUndeliveredAsync([first]);

        Assert.Equal([first, second], (await Store.GetUndeliveredAsync("b")).Select(m => m.Id));
        Assert.Equal(2, (await Store.GetInboxAsync("b", 10)).Count);
    }

    [Fact]
    public async Task Mark_delivered_copies_the_ids_when_called()
    {
        var one = await Store.AppendMessageAsync("a", "b", T0, "one", delivered: false);
        var two = await Store.AppendMessageAsync("a", "b", T0, "two", delivered: false);
        var ids = new List<long> { one };

        var marking = Store.MarkDeliveredAsync(ids);
        ids[0] = two;
        await marking;

        Assert.Equal(two, Assert.Single(await Store.GetUndeliveredAsync("b")).Id);
    }

    [Fact]
    public async Task Inbox_holds_messages_sent_to_or_by_the_name_oldest_first_offline_ones_included()
    {
        await Store.AppendMessageAsync("alice", "bob", T0, "to bob, live", delivered: true);
        await Store.AppendMessageAsync("carol", "dave", T0, "not bob's business", delivered: false);
        await Store.AppendMessageAsync("Bob", "alice", T0, "by bob", delivered: false);
        await Store.AppendMessageAsync("carol", "BOB", T0, "to bob, offline", delivered: false);
        await Store.AppendMessageAsync("bob", "bob", T0, "note to self", delivered: true);

        var inbox = await Store.GetInboxAsync("bob", 20);

        Assert.Equal(["to bob, live", "by bob", "to bob, offline", "note to self"], inbox.Select(m => m.Text));
    }

    [Fact]
    public async Task Inbox_returns_the_last_n_and_caps_n_at_500()
    {
        for (var i = 0; i < 260; i++)
        {
            _ = Store.AppendMessageAsync("alice", "bob", T0, $"to {i}", delivered: true);
            _ = Store.AppendMessageAsync("bob", "carol", T0, $"by {i}", delivered: true);
        }

        await Store.FlushAsync();

        var lastThree = await Store.GetInboxAsync("bob", 3);
        Assert.Equal(["by 258", "to 259", "by 259"], lastThree.Select(m => m.Text));

        var capped = await Store.GetInboxAsync("bob", 10_000);
        Assert.Equal(StoreLimits.MaxInboxCount, capped.Count);
        Assert.Equal("to 10", capped[0].Text);
        Assert.Equal(capped.Select(m => m.Id).Order(), capped.Select(m => m.Id));
    }

    [Fact]
    public async Task Bad_arguments_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.AppendMessageAsync("a", "b", T0, null!, false));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.AppendMessageAsync("", "b", T0, "x", false));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.GetInboxAsync("a", 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.GetUndeliveredAsync("a", 0, 0));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.MarkDeliveredAsync(null!));
    }
}
