using System.Net;
using System.Net.Sockets;
using ActorChat.Client;
using ActorChat.Protocol;

namespace ActorChat.Tests.Client.Connection;

/// <summary>The connection library against a scripted server: the cases a real server does not produce on cue.</summary>
public class ChatConnectionScriptedTests
{
    [Fact]
    public async Task Connecting_reads_the_greeting()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        Assert.Equal(1, connection.Greeting.Version);
        Assert.Equal("scripted", connection.Greeting.Text);
        Assert.Null(connection.Name);
    }

    [Fact]
    public async Task A_refused_connection_is_one_clear_line()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var e = await Assert.ThrowsAsync<ChatConnectException>(() => ChatConnection.ConnectAsync("127.0.0.1", port));

        Assert.Equal($"cannot connect to 127.0.0.1:{port}: connection refused", e.Message);
    }

    [Fact]
    public async Task A_server_that_never_greets_fails_the_connect_after_the_timeout()
    {
        await using var server = new ScriptedServer();
        var accepting = server.AcceptAsync(greeting: null);

        var e = await Assert.ThrowsAsync<ChatConnectException>(() =>
            ChatConnection.ConnectAsync(server.EndPoint, new ChatConnectionOptions { ConnectTimeout = TimeSpan.FromMilliseconds(200) }));

        await accepting;
        Assert.Equal($"cannot connect to {server.EndPoint}: no answer within 0.2 s", e.Message);
    }

    [Fact]
    public async Task Something_other_than_an_ActorChat_server_is_named_as_such()
    {
        await using var server = new ScriptedServer();
        var accepting = server.AcceptAsync(greeting: "SSH-2.0-OpenSSH_9.6");

        var e = await Assert.ThrowsAsync<ChatConnectException>(() => ChatConnection.ConnectAsync(server.EndPoint));

        await accepting;
        Assert.EndsWith("not an ActorChat server (no HELLO ActorChat greeting)", e.Message);
    }

    [Fact]
    public async Task A_server_PING_is_answered_with_its_token_and_still_delivered()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        await server.SendAsync("PING t-42");

        Assert.Equal("PONG t-42", await server.ReadLineAsync());
        Assert.Equal("t-42", Assert.IsType<PingEvent>(await connection.ReadEventAsync()).Token);
    }

    [Fact]
    public async Task Pings_are_not_answered_when_turned_off()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync(new ChatConnectionOptions { AnswerPings = false });
        await using var _ = server;
        await using var __ = connection;

        await server.SendAsync("PING t-1");
        Assert.IsType<PingEvent>(await connection.ReadEventAsync());
        await connection.SendListAsync();

        Assert.Equal("LIST", await server.ReadLineAsync());
    }

    [Fact]
    public async Task Every_send_method_writes_its_line_in_order()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        await connection.SendMsgAsync("bob", "hi  there");
        await connection.SendMsgAsync(["bob", "carol"], "both");
        await connection.SendBroadcastAsync("all of you");
        await connection.SendSayAsync("psst");
        await connection.SendListAsync();
        await connection.SendWhoElseAsync();
        await connection.SendWhoLastAsync(60);
        await connection.SendPairAsync("bob");
        await connection.SendUnpairAsync();
        await connection.SendBlockAsync("eve");
        await connection.SendUnblockAsync("eve");
        await connection.SendInboxAsync();
        await connection.SendInboxAsync(5);
        await connection.SendHelpAsync();
        await connection.SendPingAsync("x");
        await connection.SendAsync(new QuitCommand("done"));

        string[] expected =
        [
            "MSG bob hi  there", "MSG bob,carol both", "BROADCAST all of you", "SAY psst", "LIST", "WHOELSE",
            "WHOLAST 60", "PAIR bob", "UNPAIR", "BLOCK eve", "UNBLOCK eve", "INBOX", "INBOX 5", "HELP", "PING x", "QUIT done",
        ];
        foreach (var line in expected) Assert.Equal(line, await server.ReadLineAsync());
    }

    [Theory]
    [InlineData("bob", "")]
    [InlineData("bob", "   ")]
    [InlineData("bob", "two\nlines")]
    [InlineData("", "text")]
    [InlineData("bob carol", "text")]
    [InlineData("bob,carol", "text")]
    public async Task A_message_that_would_break_the_framing_is_refused_before_sending(string to, string text)
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await connection.SendMsgAsync(to, text));
        await connection.SendListAsync();
        Assert.Equal("LIST", await server.ReadLineAsync());
    }

    [Fact]
    public async Task ERR_lines_arrive_as_typed_errors()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        await server.SendAsync("ERR no-such-user zed", "ERR not-paired");

        var first = Assert.IsType<ErrEvent>(await connection.ReadEventAsync());
        Assert.Equal((ErrorCodes.NoSuchUser, "zed"), (first.Code, first.Detail));
        Assert.Equal(ErrorCodes.NotPaired, Assert.IsType<ErrEvent>(await connection.ReadEventAsync()).Code);
    }

    [Fact]
    public async Task Malformed_lines_are_skipped_and_counted_and_unknown_verbs_pass_as_unknown_events()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync(new ChatConnectionOptions { MaxLineBytes = 64 });
        await using var _ = server;
        await using var __ = connection;

        await server.SendAsync("MSG", new string('x', 100), "FROBNICATE 1 2");
        await server.SendRawAsync([0xC3, 0x28, (byte)'\n']);
        await server.SendAsync("JOINED carol");

        Assert.Equal("FROBNICATE 1 2", Assert.IsType<UnknownEvent>(await connection.ReadEventAsync()).Line);
        Assert.Equal("carol", Assert.IsType<JoinedEvent>(await connection.ReadEventAsync()).Name);
        Assert.Equal(3, connection.MalformedLines);
    }

    [Fact]
    public async Task QuitAsync_sends_QUIT_and_ends_with_BYE()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;

        var quitting = connection.QuitAsync("bye all");
        Assert.Equal("QUIT bye all", await server.ReadLineAsync());
        await server.SendAsync("BYE");
        server.Drop();

        Assert.Equal(new ConnectionClosed(CloseReason.Quit, null), await quitting);
    }

    [Fact]
    public async Task A_server_BYE_ends_the_events_and_says_why()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        await server.SendAsync("JOINED bob", "BYE shutdown");
        server.Drop();

        var events = new List<ServerEvent>();
        await foreach (var e in connection.ReadEventsAsync()) events.Add(e);
        Assert.Equal(["JOINED bob", "BYE shutdown"], events.Select(e => e.ToString()));
        var closed = await connection.Closed;
        Assert.Equal(new ConnectionClosed(CloseReason.ServerBye, "shutdown"), closed);
        Assert.Equal("the server closed the connection (shutdown)", closed.ToString());
    }

    [Fact]
    public async Task A_dropped_connection_ends_the_events_and_refuses_further_sends()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        server.Drop();

        Assert.Null(await connection.ReadEventAsync());
        Assert.Equal(CloseReason.Dropped, (await connection.Closed).Reason);
        await Assert.ThrowsAsync<ChatConnectionClosedException>(async () => await connection.SendListAsync());
    }

    [Fact]
    public async Task Disposing_ends_the_events_and_the_server_sees_the_close()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;

        await connection.DisposeAsync();

        Assert.Null(await server.ReadLineAsync());
        Assert.Null(await connection.ReadEventAsync());
        Assert.Equal(CloseReason.Disposed, (await connection.Closed).Reason);
    }

    [Fact]
    public async Task Many_pipelined_sends_arrive_whole_and_in_order()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;
        const int count = 20_000;

        var sending = Task.Run(async () =>
        {
            for (var i = 0; i < count; i++) await connection.SendMsgAsync("bob", $"message {i}");
        });
        for (var i = 0; i < count; i++) Assert.Equal($"MSG bob message {i}", await server.ReadLineAsync());
        await sending;
    }

    [Fact]
    public async Task Sends_from_many_threads_never_interleave_within_a_line()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;
        const int senders = 8, each = 500;
        var text = new string('y', 3000); // several lines per buffer segment, some split across segments

        var sending = Enumerable.Range(0, senders).Select(s => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++) await connection.SendMsgAsync($"to{s}", $"{i} {text}");
        })).ToArray();

        var next = new int[senders];
        for (var n = 0; n < senders * each; n++)
        {
            var line = (await server.ReadLineAsync())!;
            var parts = line.Split(' ');
            Assert.Equal(4, parts.Length);
            var sender = int.Parse(parts[1][2..]);
            Assert.Equal(next[sender]++, int.Parse(parts[2]));
            Assert.Equal(text, parts[3]);
        }
        await Task.WhenAll(sending);
    }
}
