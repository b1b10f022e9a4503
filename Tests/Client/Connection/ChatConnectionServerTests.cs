using ActorChat.Client;
using ActorChat.Protocol;

namespace ActorChat.Tests.Client.Connection;

/// <summary>The connection library against the real server over loopback.</summary>
public class ChatConnectionServerTests
{
    [Fact]
    public async Task Login_reports_who_is_online_and_others_see_the_join()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.ConnectAsync();
        var first = await alice.LoginAsync("Alice");
        Assert.True(first.Alone);
        Assert.Equal(["Alice"], first.Online);

        await using var bob = await server.ConnectAsync();
        var second = await bob.LoginAsync("bob");

        Assert.False(second.Alone);
        Assert.Equal(["Alice", "bob"], second.Online.Order(StringComparer.Ordinal));
        Assert.Equal("bob", (await alice.NextAsync<JoinedEvent>()).Name);
    }

    [Fact]
    public async Task A_taken_name_is_refused_and_the_server_closes_the_connection()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await using var other = await server.ConnectAsync();

        var result = await other.LoginAsync("ALICE");

        Assert.Equal(LoginStatus.NameTaken, result.Status);
        Assert.False(result.CanRetry);
        Assert.NotEqual(CloseReason.Disposed, (await other.Closed.WaitAsync(TestServer.Timeout)).Reason);
    }

    [Fact]
    public async Task An_invalid_name_can_be_corrected_on_the_same_connection()
    {
        await using var server = await TestServer.StartAsync();
        await using var connection = await server.ConnectAsync();

        var bad = await connection.LoginAsync("-bad");
        Assert.Equal(LoginStatus.NameInvalid, bad.Status);
        var empty = await connection.LoginAsync("");
        Assert.Equal(LoginStatus.NameEmpty, empty.Status);

        Assert.True((await connection.LoginAsync("good")).IsSuccess);
        Assert.Equal(LoginStatus.AlreadyLoggedIn, (await connection.LoginAsync("again")).Status);
    }

    [Fact]
    public async Task Direct_messages_reach_every_listed_recipient_and_unknown_names_are_errors()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await using var bob = await server.LoginAsync("bob");
        await using var carol = await server.LoginAsync("carol");

        await alice.SendMsgAsync("bob", "hi bob");
        await alice.SendMsgAsync(["bob", "carol", "zed"], "hi all");

        var toBob = await bob.NextMatchingAsync<MsgEvent>();
        Assert.Equal(("alice", "hi bob"), (toBob.From, toBob.Text));
        Assert.Equal("hi all", (await bob.NextAsync<MsgEvent>()).Text);
        Assert.Equal("hi all", (await carol.NextMatchingAsync<MsgEvent>()).Text);
        var error = await alice.NextMatchingAsync<ErrEvent>();
        Assert.Equal((ErrorCodes.NoSuchUser, "zed"), (error.Code, error.Detail));
    }

    [Fact]
    public async Task A_broadcast_reaches_everyone_but_the_sender()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await using var bob = await server.LoginAsync("bob");
        await using var carol = await server.LoginAsync("carol");

        await alice.SendBroadcastAsync("hello all");
        await alice.SendPingAsync("after");

        Assert.Equal(("alice", "hello all"), await bob.NextMatchingAsync<BroadcastEvent>() is var b ? (b.From, b.Text) : default);
        Assert.Equal("hello all", (await carol.NextMatchingAsync<BroadcastEvent>()).Text);
        // The sender's next line after its JOINED notices is the PONG: no copy of its own broadcast came first.
        var next = await alice.NextMatchingAsync<ServerEvent>(e => e is not JoinedEvent);
        Assert.Equal("after", Assert.IsType<PongEvent>(next).Token);
    }

    [Fact]
    public async Task LIST_WHOELSE_HELP_and_PING_are_answered()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await using var bob = await server.LoginAsync("bob");

        await bob.SendListAsync();
        await bob.SendWhoElseAsync();
        await bob.SendHelpAsync();
        await bob.SendPingAsync("tok");

        Assert.Equal(["alice", "bob"], (await bob.NextAsync<ListEvent>()).Names.Order(StringComparer.Ordinal));
        Assert.Equal(["alice"], (await bob.NextAsync<WhoElseEvent>()).Names);
        Assert.NotEmpty((await bob.NextAsync<HelpEvent>()).Text);
        Assert.Equal("tok", (await bob.NextMatchingAsync<PongEvent>()).Token);
    }

    [Fact]
    public async Task Commands_before_login_are_refused_as_typed_errors()
    {
        await using var server = await TestServer.StartAsync();
        await using var connection = await server.ConnectAsync();

        await connection.SendListAsync();

        Assert.Equal(ErrorCodes.NotLoggedIn, (await connection.NextAsync<ErrEvent>()).Code);
    }

    [Fact]
    public async Task The_server_PING_is_answered_so_an_idle_connection_stays()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.idle-timeout = 100ms", "actorchat.server.ping-timeout = 500ms");
        await using var alice = await server.LoginAsync("alice");

        // Unanswered, a PING is followed by BYE idle. The first may race the login's HELLO (which counts as an
        // answer), so only a third PING proves that a PONG was taken as one.
        for (var i = 0; i < 3; i++) await alice.NextAsync<PingEvent>();

        await alice.SendListAsync();
        Assert.Equal(["alice"], (await alice.NextMatchingAsync<ListEvent>()).Names);
    }

    [Fact]
    public async Task An_unanswered_server_PING_ends_with_BYE_idle()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.idle-timeout = 150ms", "actorchat.server.ping-timeout = 150ms");
        await using var alice = await server.LoginAsync("alice", new ChatConnectionOptions { AnswerPings = false });

        // Only PINGs come before the BYE (more than one if the first raced the login's HELLO).
        ServerEvent next;
        while ((next = await alice.NextAsync<ServerEvent>()) is PingEvent) { }
        Assert.Equal("idle", Assert.IsType<ByeEvent>(next).Reason);

        Assert.Equal(new ConnectionClosed(CloseReason.ServerBye, "idle"), await alice.Closed.WaitAsync(TestServer.Timeout));
    }

    [Fact]
    public async Task Quit_ends_cleanly_and_the_others_see_LEFT()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        var bob = await server.LoginAsync("bob");

        var closed = await bob.QuitAsync("done");

        Assert.Equal(CloseReason.Quit, closed.Reason);
        Assert.Equal("bob", (await alice.NextMatchingAsync<LeftEvent>()).Name);
    }

    [Fact]
    public async Task A_dropped_connection_frees_the_name_and_the_others_see_LEFT()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        var bob = await server.LoginAsync("bob");

        await bob.DisposeAsync();

        Assert.Equal("bob", (await alice.NextMatchingAsync<LeftEvent>()).Name);
        await using var again = await server.LoginAsync("bob");
    }

    [Fact]
    public async Task A_stopping_server_says_BYE_shutdown()
    {
        var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");

        await server.DisposeAsync();

        Assert.Equal("shutdown", (await alice.NextMatchingAsync<ByeEvent>()).Reason);
        Assert.Equal(new ConnectionClosed(CloseReason.ServerBye, "shutdown"), await alice.Closed.WaitAsync(TestServer.Timeout));
        await Assert.ThrowsAsync<ChatConnectionClosedException>(async () => await alice.SendListAsync());
    }

    [Fact]
    public async Task Pipelined_messages_all_arrive_once_and_in_order()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await using var bob = await server.LoginAsync("bob");
        const int count = 5_000;

        var sending = Task.Run(async () =>
        {
            for (var i = 0; i < count; i++) await alice.SendMsgAsync("bob", i.ToString());
        });
        for (var i = 0; i < count; i++) Assert.Equal(i.ToString(), (await bob.NextMatchingAsync<MsgEvent>()).Text);
        await sending;
    }
}
