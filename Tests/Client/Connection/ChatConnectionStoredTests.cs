using ActorChat.Client;
using ActorChat.Protocol;

namespace ActorChat.Tests.Client.Connection;

/// <summary>
/// What the server stores, through the library against the real server: QUEUED and OFFLINE messages, INBOX,
/// WHOLAST, and BLOCK/UNBLOCK.
/// </summary>
public class ChatConnectionStoredTests
{
    [Fact]
    public async Task MSG_to_an_offline_name_is_QUEUED_and_comes_as_OFFLINE_events_right_after_its_login_oldest_first()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await server.LoginAndLeaveAsync("bob", seenBy: alice);
        var before = Millisecond(DateTime.UtcNow);

        await alice.SendMsgAsync("bob", "first");
        await alice.SendMsgAsync("BOB", "second");
        await alice.SendMsgAsync(["bob"], "third");

        Assert.Equal("bob", (await alice.NextAsync<QueuedEvent>()).Name);
        Assert.Equal("BOB", (await alice.NextAsync<QueuedEvent>()).Name);
        Assert.Equal("bob", (await alice.NextAsync<QueuedEvent>()).Name);
        var after = DateTime.UtcNow;

        await using var bob = await server.ConnectAsync();
        var login = await bob.LoginAsync("bob");
        Assert.True(login.IsSuccess);
        Assert.False(login.Alone);

        // The login's answer is the result; the stored messages are the first events after it.
        var offline = new[] { await bob.NextAsync<OfflineEvent>(), await bob.NextAsync<OfflineEvent>(), await bob.NextAsync<OfflineEvent>() };
        Assert.Equal(["first", "second", "third"], offline.Select(o => o.Text));
        Assert.All(offline, o => Assert.Equal("alice", o.From));
        Assert.All(offline, o => Assert.Equal(DateTimeKind.Utc, o.SentAt.Kind));
        Assert.All(offline, o => Assert.InRange(o.SentAt, before, after));
        Assert.Equal(offline.Select(o => o.SentAt).Order(), offline.Select(o => o.SentAt));
        await bob.SendPingAsync("end");
        Assert.Equal("end", (await bob.NextAsync<PongEvent>()).Token);
    }

    [Fact]
    public async Task A_backlog_for_a_name_that_logs_in_alone_follows_ALONE_whole_and_in_order()
    {
        await using var server = await TestServer.StartAsync();
        await using (var alice = await server.LoginAsync("alice"))
        {
            await server.LoginAndLeaveAsync("bob", seenBy: alice);
            const int count = 300;
            for (var i = 0; i < count; i++) await alice.SendMsgAsync("bob", $"message {i}");
            for (var i = 0; i < count; i++) await alice.NextAsync<QueuedEvent>();
            await alice.QuitAsync();
        }

        await using var bob = await server.ConnectAsync();
        var login = await bob.LoginAsync("bob");

        Assert.True(login.Alone);
        Assert.Equal(["bob"], login.Online);
        for (var i = 0; i < 300; i++) Assert.Equal($"message {i}", (await bob.NextAsync<OfflineEvent>()).Text);
        await bob.SendPingAsync("end");
        Assert.Equal("end", (await bob.NextAsync<PongEvent>()).Token);
    }

    [Fact]
    public async Task INBOX_lists_messages_to_and_by_me_oldest_first_then_INBOX_END_with_the_count()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await server.LoginAndLeaveAsync("carol", seenBy: alice);
        await using var bob = await server.LoginAsync("bob");
        await alice.SendMsgAsync("bob", "one");
        await bob.NextAsync<MsgEvent>();
        await bob.SendMsgAsync("alice", "two");
        await alice.NextMatchingAsync<MsgEvent>();
        await alice.SendMsgAsync("carol", "three");
        await alice.NextAsync<QueuedEvent>();

        await alice.SendInboxAsync();
        var all = new[] { await alice.NextAsync<InboxEvent>(), await alice.NextAsync<InboxEvent>(), await alice.NextAsync<InboxEvent>() };
        Assert.Equal(3, (await alice.NextAsync<InboxEndEvent>()).Count);
        await alice.SendInboxAsync(2);
        var lastTwo = new[] { await alice.NextAsync<InboxEvent>(), await alice.NextAsync<InboxEvent>() };
        Assert.Equal(2, (await alice.NextAsync<InboxEndEvent>()).Count);

        Assert.Equal([("alice", "bob", "one"), ("bob", "alice", "two"), ("alice", "carol", "three")], all.Select(i => (i.From, i.To, i.Text)));
        Assert.Equal(all.Select(i => i.SentAt).Order(), all.Select(i => i.SentAt));
        Assert.Equal(["two", "three"], lastTwo.Select(i => i.Text));
    }

    [Fact]
    public async Task INBOX_with_nothing_stored_is_just_INBOX_END_0()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");

        await alice.SendInboxAsync(500);

        Assert.Equal(0, (await alice.NextAsync<InboxEndEvent>()).Count);
    }

    [Fact]
    public async Task WHOLAST_names_those_online_and_those_who_left_in_the_window_without_self()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await server.LoginAndLeaveAsync("carol", seenBy: alice);
        await using var bob = await server.LoginAsync("bob");

        await alice.SendWhoLastAsync(5);

        var answer = await alice.NextMatchingAsync<WhoLastEvent>();
        Assert.Equal(5, answer.Minutes);
        Assert.Equal(["bob", "carol"], answer.Names);
    }

    [Fact]
    public async Task A_blocked_name_never_reaches_the_blocker_until_unblocked()
    {
        await using var server = await TestServer.StartAsync();
        await using var bob = await server.LoginAsync("bob");
        await server.LoginAndLeaveAsync("carol", seenBy: bob);
        var alice = await server.LoginAsync("alice");
        await bob.NextAsync<JoinedEvent>();

        await bob.SendBlockAsync("Alice");
        Assert.Equal("Alice", (await bob.NextAsync<BlockedEvent>()).Name);
        await alice.SendMsgAsync("bob", "hidden");
        await alice.SendBroadcastAsync("hidden too");
        await alice.QuitAsync();

        // The server routes alice's lines before her leaving, so had they reached bob they would come before LEFT.
        Assert.Equal("alice", (await bob.NextAsync<LeftEvent>()).Name);

        await bob.SendUnblockAsync("alice");
        Assert.Equal("alice", (await bob.NextAsync<UnblockedEvent>()).Name);
        await using var again = await server.LoginAsync("alice");
        await bob.NextAsync<JoinedEvent>();
        await again.SendMsgAsync("bob", "visible");
        Assert.Equal("visible", (await bob.NextAsync<MsgEvent>()).Text);
        // History is written behind delivery, by one writer in order: a QUEUED answer means it is all stored.
        await bob.SendMsgAsync("carol", "barrier");
        await bob.NextAsync<QueuedEvent>();
        await bob.SendInboxAsync();
        Assert.Equal("visible", (await bob.NextAsync<InboxEvent>()).Text);
        Assert.Equal("barrier", (await bob.NextAsync<InboxEvent>()).Text);
        Assert.Equal(2, (await bob.NextAsync<InboxEndEvent>()).Count);
    }

    [Fact]
    public async Task BLOCK_of_the_own_name_is_bad_argument()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");

        await alice.SendBlockAsync("alice");

        var error = await alice.NextAsync<ErrEvent>();
        Assert.Equal((ErrorCodes.BadArgument, "alice"), (error.Code, error.Detail));
    }

    private static DateTime Millisecond(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
}
