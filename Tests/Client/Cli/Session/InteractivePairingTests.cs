using System.Threading.Channels;
using ActorChat.Client.Cli.Options;
using ActorChat.Client.Cli.Session;
using ActorChat.Protocol;
using ActorChat.Tests.Client.Cli.Terminal;

namespace ActorChat.Tests.Client.Cli.Session;

/// <summary>
/// How pairing and stored messages read for a person: an interactive session on a fake terminal against the real
/// server, with the other people as library connections.
/// </summary>
public class InteractivePairingTests
{
    private readonly FakeTerminal _terminal = new(width: 100);
    private readonly Channel<SessionInput> _inputs = Channel.CreateUnbounded<SessionInput>();

    private Task<int> Start(int port) =>
        TerminalSession.Start(_terminal, _inputs, new ClientOptions { Port = port, Name = "alice" }, bell: true);

    /// <summary>Waits for a row ending in <paramref name="end"/> (rows start with the local time); returns the rows.</summary>
    private async Task<List<string>> ShownAsync(string end)
    {
        await _terminal.WaitForAsync(end);
        var rows = _terminal.Screen;
        Assert.Contains(rows, row => row.EndsWith(end, StringComparison.Ordinal));
        return rows;
    }

    [Fact]
    public async Task Offline_messages_pairing_QUEUED_and_the_inbox_read_clearly()
    {
        await using var server = await TestServer.StartAsync();
        await using var bob = await server.LoginAsync("bob");
        await server.LoginAndLeaveAsync("carol", seenBy: bob);
        await server.LoginAndLeaveAsync("alice", seenBy: bob);
        await bob.SendMsgAsync("alice", "while you were out");
        await bob.NextAsync<QueuedEvent>();

        var running = Start(server.Port);
        await ShownAsync(" bob → you (while you were away): while you were out");

        await bob.SendPairAsync("alice");
        await ShownAsync("* bob asks to pair with you (/pair bob to accept)");
        _inputs.Type("/pair bob\r");
        await ShownAsync("* paired with bob: lines without / now go to bob (/unpair to stop)");
        Assert.Equal("alice ⇄ bob>", _terminal.Screen[^1]);

        _inputs.Type("hi bob\r");
        Assert.Equal(("alice", "hi bob"), await bob.NextMatchingAsync<SayEvent>() is var said ? (said.From, said.Text) : default);
        await ShownAsync(" [pair] you: hi bob");
        await bob.SendSayAsync("hi alice");
        await ShownAsync(" [pair] bob: hi alice");

        _inputs.Type("/msg carol see you later\r");
        await ShownAsync(" you → carol: see you later");
        await ShownAsync("* carol is offline: the message is stored for their next login");

        _inputs.Type("/inbox\r");
        var rows = await ShownAsync("* end of inbox: 2 direct messages");
        var inbox = rows.Where(row => row.Contains("[inbox]")).ToList();
        Assert.Equal(2, inbox.Count);
        Assert.EndsWith(" [inbox] bob → you: while you were out", inbox[0]);
        Assert.EndsWith(" [inbox] you → carol: see you later", inbox[1]);

        await bob.DisposeAsync();
        await ShownAsync("* no longer paired with bob");
        await ShownAsync("* bob left");
        Assert.Equal("alice>", _terminal.Screen[^1]);

        _inputs.Writer.TryWrite(new SessionInput.Key(Keys.Ctrl('D')));
        Assert.Equal(ExitCodes.Ok, await running.WaitAsync(TestServer.Timeout));
    }
}
