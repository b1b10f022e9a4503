using System.Threading.Channels;
using ActorChat.Client.Cli.Options;
using ActorChat.Client.Cli.Session;
using ActorChat.Tests.Client.Cli.Terminal;
using ActorChat.Tests.Client.Connection;

namespace ActorChat.Tests.Client.Cli.Session;

/// <summary>What the person types becomes the right line on the wire, and pairing changes where bare lines go.</summary>
public class SessionCommandsTests : IAsyncLifetime
{
    private readonly FakeTerminal _terminal = new(width: 100);
    private readonly Channel<SessionInput> _inputs = Channel.CreateUnbounded<SessionInput>();
    private readonly ScriptedServer _server = new();
    private Task<int> _running = null!;

    public async Task InitializeAsync()
    {
        var options = new ClientOptions { Port = _server.EndPoint.Port, Name = "alice" };
        var accepting = _server.AcceptAsync();
        _running = TerminalSession.Start(_terminal, _inputs, options, bell: false);
        await accepting;
        Assert.Equal("HELLO alice", await _server.ReadLineAsync());
        await _server.SendAsync("HI alice", "LIST alice bob");
        await _terminal.WaitForAsync("* online (2): alice, bob");
    }

    public async Task DisposeAsync()
    {
        _inputs.Type("/quit\r");
        Assert.Equal("QUIT", await _server.ReadLineAsync());
        await _server.SendAsync("BYE");
        _server.Drop();
        Assert.Equal(ExitCodes.Ok, await _running.WaitAsync(TestServer.Timeout));
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("/msg bob hi", "MSG bob hi")]
    [InlineData("/msg bob,carol hi both", "MSG bob,carol hi both")]
    [InlineData("/all hello", "BROADCAST hello")]
    [InlineData("/broadcast hello", "BROADCAST hello")]
    [InlineData("/list", "LIST")]
    [InlineData("/whoelse", "WHOELSE")]
    [InlineData("/wholast 30", "WHOLAST 30")]
    [InlineData("/pair bob", "PAIR bob")]
    [InlineData("/unpair", "UNPAIR")]
    [InlineData("/block eve", "BLOCK eve")]
    [InlineData("/unblock eve", "UNBLOCK eve")]
    [InlineData("/inbox", "INBOX")]
    [InlineData("/inbox 900", "INBOX 500")]
    [InlineData("/say psst", "SAY psst")]
    public async Task Each_typed_command_sends_its_line(string typed, string wire)
    {
        _inputs.Type(typed + "\r");

        Assert.Equal(wire, await _server.ReadLineAsync());
    }

    [Fact]
    public async Task Help_is_answered_locally_and_sends_nothing()
    {
        _inputs.Type("/help\r/list\r");

        Assert.Equal("LIST", await _server.ReadLineAsync());
        await _terminal.WaitForAsync("/wholast MIN");
    }

    [Fact]
    public async Task When_paired_bare_lines_go_to_the_partner_and_the_prompt_says_so()
    {
        await _server.SendAsync("PAIRED bob");
        await _terminal.WaitForAsync("alice ⇄ bob> ");

        _inputs.Type("just us\r");
        Assert.Equal("SAY just us", await _server.ReadLineAsync());
        await _terminal.WaitForAsync("[pair] you: just us");

        await _server.SendAsync("UNPAIRED bob");
        await _terminal.WaitForAsync("* no longer paired with bob");
        _inputs.Type("anyone?\r/list\r");

        Assert.Equal("LIST", await _server.ReadLineAsync());
        await _terminal.WaitForAsync("! not paired, so that line went nowhere");
        Assert.Equal("alice> ", _terminal.Screen[^1] + " ");
    }

    [Fact]
    public async Task A_request_withdrawn_by_someone_else_leaves_the_pair_as_it_is()
    {
        // carol asked first; alice paired with bob instead; then carol withdraws (or leaves): the server tells alice
        // UNPAIRED carol, which must not end her pair with bob.
        await _server.SendAsync("PAIR-REQUEST carol", "PAIRED bob", "UNPAIRED carol");
        await _terminal.WaitForAsync("no longer");

        _inputs.Type("still with bob\r");

        Assert.Equal("SAY still with bob", await _server.ReadLineAsync());
        Assert.Equal("alice ⇄ bob>", _terminal.Screen[^1]);
        Assert.Contains(_terminal.Screen, row => row.EndsWith("* carol no longer asks to pair with you"));
    }

    [Fact]
    public async Task Withdrawing_the_own_request_says_so_and_a_pair_formed_later_still_counts()
    {
        _inputs.Type("/pair bob\r");
        Assert.Equal("PAIR bob", await _server.ReadLineAsync());
        await _server.SendAsync("PAIR-PENDING bob");
        await _terminal.WaitForAsync("* waiting for bob to accept");
        _inputs.Type("/unpair\r");
        Assert.Equal("UNPAIR", await _server.ReadLineAsync());
        await _server.SendAsync("UNPAIRED bob");
        await _terminal.WaitForAsync("* request to pair with bob withdrawn");

        await _server.SendAsync("PAIRED carol");
        await _terminal.WaitForAsync("alice ⇄ carol> ");
        _inputs.Type("hi carol\r");
        Assert.Equal("SAY hi carol", await _server.ReadLineAsync());
    }

    [Fact]
    public async Task Pairing_with_or_blocking_the_own_name_is_explained_and_sends_nothing()
    {
        _inputs.Type("/pair Alice\r/block alice\r/unblock ALICE\r/list\r");

        Assert.Equal("LIST", await _server.ReadLineAsync());
        await _terminal.WaitForAsync("! You can't pair with yourself (give someone else's name)");
        await _terminal.WaitForAsync("! You can't block yourself");
        await _terminal.WaitForAsync("! You can't unblock yourself");
    }

    [Fact]
    public async Task Refused_input_is_explained_and_sends_nothing()
    {
        _inputs.Type("/wholast 0\r/msg b@d x\r/list\r");

        Assert.Equal("LIST", await _server.ReadLineAsync());
        await _terminal.WaitForAsync("! Minutes must be a whole number from 1 to 1440 (/wholast MIN, e.g. /wholast 60)");
        await _terminal.WaitForAsync("! Name can't contain '@'");
    }
}
