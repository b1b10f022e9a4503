using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Measurement;
using ActorChat.Tests.Client.Connection;

namespace ActorChat.Tests.LoadTest.Drivers;

/// <summary>The line driver against a scripted server on loopback: login, keepalive, delivery, refusal.</summary>
public class LineChatClientTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private sealed class Recorder : ClientEvents
    {
        public TaskCompletionSource<Payload> Delivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource<string> Error { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void OnDelivered(ChatClient client, Payload payload, long receivedTicks, bool offline) => Delivered.TrySetResult(payload);

        public override void OnProtocolError(ChatClient client, string line) => Error.TrySetResult(line);
    }

    [Fact]
    public async Task Irc_client_registers_at_001_answers_pings_and_reports_privmsg_payloads()
    {
        await using var server = new ScriptedServer();
        var events = new Recorder();
        var client = new LineChatClient(0, "abc0", new IrcProtocol(), events, new Clock());
        var login = client.LoginAsync(server.EndPoint, CancellationToken.None);
        await server.AcceptAsync(greeting: null);
        Assert.Equal("NICK abc0", await server.ReadLineAsync());
        Assert.Equal("USER abc0 0 * :abc0", await server.ReadLineAsync());
        await server.SendTextAsync(":srv NOTICE * :*** hello\r\nPING :tok1\r\n");
        Assert.Equal("PONG :tok1", await server.ReadLineAsync());
        Assert.False(login.IsCompleted);
        await server.SendTextAsync(":srv 001 abc0 :Welcome\r\n:srv 375 abc0 :motd\r\n");
        await login.WaitAsync(Timeout);

        await server.SendTextAsync(":u9!u9@127.0.0.1 PRIVMSG abc0 :5.6.7\r\n");
        Assert.Equal(new Payload(5, 6, 7), await events.Delivered.Task.WaitAsync(Timeout));

        await server.SendTextAsync(":srv 401 abc0 nobody :No such nick\r\n");
        Assert.Contains("401", await events.Error.Task.WaitAsync(Timeout));
        await client.CloseAsync();
    }

    [Fact]
    public async Task Irc_nick_in_use_fails_the_login_with_the_servers_line()
    {
        await using var server = new ScriptedServer();
        var client = new LineChatClient(0, "abc0", new IrcProtocol(), new Recorder(), new Clock());
        var login = client.LoginAsync(server.EndPoint, CancellationToken.None);
        await server.AcceptAsync(greeting: null);
        await server.SendTextAsync(":srv 433 * abc0 :Nickname is already in use.\r\n");
        var e = await Assert.ThrowsAsync<LoginException>(() => login.WaitAsync(Timeout));
        Assert.Contains("433", e.Message);
        await client.CloseAsync();
    }

    [Fact]
    public async Task ActorChat_client_queues_and_flushes_messages_as_lines_in_order()
    {
        await using var server = new ScriptedServer();
        var client = new LineChatClient(0, "abc0", new ActorChatProtocol(), new Recorder(), new Clock());
        var peer = new LineChatClient(1, "abc1", new ActorChatProtocol(), new Recorder(), new Clock());
        var login = client.LoginAsync(server.EndPoint, CancellationToken.None);
        await server.AcceptAsync(greeting: null);
        await server.SendTextAsync("HELLO ActorChat 1 test\n");
        Assert.Equal("HELLO abc0", await server.ReadLineAsync());
        await server.SendTextAsync("HI abc0\nLIST abc0\nALONE\n");
        await login.WaitAsync(Timeout);

        for (int i = 0; i < 1000; i++) client.QueueDirect(peer, new Payload(0, i, 42));
        await client.FlushAsync(waitForRoom: true);
        for (int i = 0; i < 1000; i++) Assert.Equal($"MSG abc1 0.{i}.42", await server.ReadLineAsync());

        await server.SendTextAsync("PING k1\n");
        Assert.Equal("PONG k1", await server.ReadLineAsync());
        await client.CloseAsync();
    }
}
