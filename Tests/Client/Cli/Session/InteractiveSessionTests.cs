using System.Threading.Channels;
using ActorChat.Client.Cli.Options;
using ActorChat.Client.Cli.Session;
using ActorChat.Protocol;
using ActorChat.Tests.Client.Cli.Terminal;

namespace ActorChat.Tests.Client.Cli.Session;

/// <summary>An interactive session on a fake terminal against a real server: keys in, screen out.</summary>
public class InteractiveSessionTests
{
    private readonly FakeTerminal _terminal = new(width: 60);
    private readonly Channel<SessionInput> _inputs = Channel.CreateUnbounded<SessionInput>();
    private readonly List<string?> _askedBecause = [];

    private Task<int> Start(int port, string? name, params string[] namesToGive) =>
        Start(new ClientOptions { Port = port, Name = name }, namesToGive);

    private Task<int> Start(ClientOptions options, params string[] namesToGive)
    {
        var answers = new Queue<string>(namesToGive);
        Task<string?> AskName(string? problem)
        {
            _askedBecause.Add(problem);
            return Task.FromResult(answers.TryDequeue(out var next) ? next : null);
        }
        return TerminalSession.Start(_terminal, _inputs, options, bell: true, AskName);
    }

    [Fact]
    public async Task An_incoming_message_lands_above_the_half_typed_line_which_stays_intact()
    {
        await using var server = await TestServer.StartAsync();
        await using var bob = await server.LoginAsync("bob");
        var running = Start(server.Port, "alice");
        await _terminal.WaitForAsync("* connected to");

        _inputs.Type("hel");
        await _terminal.WaitForAsync("alice> hel");
        await bob.SendMsgAsync("alice", "hi alice");
        await _terminal.WaitForAsync("bob → you: hi alice");
        await _terminal.WaitForAsync("\a"); // the bell follows the line

        var screen = _terminal.Screen;
        Assert.EndsWith(" bob → you: hi alice", screen[^2]);
        Assert.Equal("alice> hel", screen[^1]);
        Assert.Equal(("alice> hel".Length), _terminal.Column);
        Assert.Equal(1, _terminal.Bells);

        _inputs.Writer.TryWrite(new SessionInput.Key(Keys.Ctrl('U')));
        _inputs.Type("/msg bob back\r");
        Assert.Equal("back", (await bob.NextMatchingAsync<MsgEvent>()).Text);
        await _terminal.WaitForAsync("you → bob: back");

        _inputs.Writer.TryWrite(new SessionInput.Key(Keys.Ctrl('D')));
        Assert.Equal(ExitCodes.Ok, await running.WaitAsync(TestServer.Timeout));
        Assert.Equal("alice", (await bob.NextMatchingAsync<LeftEvent>()).Name);
    }

    [Fact]
    public async Task A_taken_or_invalid_name_asks_for_another_without_restarting()
    {
        await using var server = await TestServer.StartAsync();
        await using var bob = await server.LoginAsync("bob");
        var running = Start(server.Port, "BOB", "no good", "alice");

        await _terminal.WaitForAsync("* connected to 127.0.0.1:" + server.Port + " as alice");

        Assert.Equal(
            ["the name BOB is taken (pick another name)", "Name can't contain spaces: only letters, digits, _ - and ."],
            _askedBecause);
        _inputs.Type("/quit\r");
        Assert.Equal(ExitCodes.Ok, await running.WaitAsync(TestServer.Timeout));
    }

    [Fact]
    public async Task Giving_no_name_leaves_quietly()
    {
        var running = Start(port: 1, name: null);

        Assert.Equal(ExitCodes.Ok, await running.WaitAsync(TestServer.Timeout));
        Assert.Equal([null], _askedBecause);
    }

    [Fact]
    public async Task Tab_completes_the_names_of_people_online()
    {
        await using var server = await TestServer.StartAsync();
        await using var bob = await server.LoginAsync("bobby");
        var running = Start(server.Port, "alice");
        await _terminal.WaitForAsync("* connected to");

        _inputs.Type("/msg bo");
        _inputs.Writer.TryWrite(new SessionInput.Key(Keys.Tab));
        _inputs.Type("hey\r");

        Assert.Equal("hey", (await bob.NextMatchingAsync<MsgEvent>()).Text);
        _inputs.Type("exit\r");
        Assert.Equal(ExitCodes.Ok, await running.WaitAsync(TestServer.Timeout));
    }

    [Fact]
    public async Task A_lost_connection_is_a_clear_line_and_status_3()
    {
        var server = await TestServer.StartAsync();
        var running = Start(server.Port, "alice");
        await _terminal.WaitForAsync("* connected to");
        _inputs.Type("draft");

        await server.DisposeAsync();

        Assert.Equal(ExitCodes.ConnectionLost, await running.WaitAsync(TestServer.Timeout));
        var screen = string.Join(" ", _terminal.Screen.Select(row => row.Trim()));
        Assert.Contains("! the server closed the connection (shutdown) (start the client again to reconnect)", screen);
    }

    [Fact]
    public async Task Leaving_while_waiting_to_reconnect_is_immediate_and_status_0()
    {
        var server = await TestServer.StartAsync();
        var options = new ClientOptions { Port = server.Port, Name = "alice", Reconnect = true, ReconnectInitialDelay = TimeSpan.FromMinutes(10) };
        var running = Start(options);
        await _terminal.WaitForAsync("* connected to");

        await server.DisposeAsync();
        await _terminal.WaitForAsync("* reconnecting in 600 s (attempt 1)");
        _inputs.Writer.TryWrite(new SessionInput.Key(Keys.Ctrl('C')));

        Assert.Equal(ExitCodes.Ok, await running.WaitAsync(TestServer.Timeout));
    }

    [Fact]
    public async Task Reconnecting_gives_up_after_the_last_attempt_with_status_3()
    {
        var server = await TestServer.StartAsync();
        var options = new ClientOptions
        {
            Port = server.Port, Name = "alice", Reconnect = true, ReconnectMaxAttempts = 2,
            ReconnectInitialDelay = TimeSpan.FromMilliseconds(10),
        };
        var running = Start(options);
        await _terminal.WaitForAsync("* connected to");

        await server.DisposeAsync();

        Assert.Equal(ExitCodes.ConnectionLost, await running.WaitAsync(TestServer.Timeout));
        var screen = string.Join(" ", _terminal.Screen.Select(row => row.Trim()));
        Assert.Contains("(attempt 2)", screen);
        Assert.Contains($"! cannot connect to 127.0.0.1:{server.Port}: connection refused", screen);
        Assert.Contains("! gave up reconnecting", screen);
    }
}
