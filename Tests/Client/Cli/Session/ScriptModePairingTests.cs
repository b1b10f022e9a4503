namespace ActorChat.Tests.Client.Cli.Session;

/// <summary>Two console clients in script mode pair through a real server and talk with bare lines.</summary>
public class ScriptModePairingTests
{
    [Fact]
    public async Task Paired_scripts_exchange_bare_lines_as_SAY_and_the_inbox_lists_direct_messages()
    {
        await using var server = await TestServer.StartAsync();
        await using (var watcher = await server.LoginAsync("watcher"))
        {
            await server.LoginAndLeaveAsync("carol", seenBy: watcher);
        }
        var port = server.Port.ToString();
        await using var bob = ClientProcess.Start("--name", "bob", "--port", port, "--linger", "0.1");
        await bob.WaitForOutputAsync("* connected to");
        await using var alice = ClientProcess.Start("--name", "alice", "--port", port, "--linger", "0.1");
        await alice.WaitForOutputAsync("* connected to");

        await bob.WriteLineAsync("/pair alice");
        Assert.Equal("* waiting for alice to accept (they type /pair bob)", await bob.WaitForOutputAsync("* waiting for"));
        Assert.Equal("* bob asks to pair with you (/pair bob to accept)", await alice.WaitForOutputAsync("asks to pair"));
        await alice.WriteLineAsync("/pair bob");
        Assert.Equal("* paired with bob: lines without / now go to bob (/unpair to stop)", await alice.WaitForOutputAsync("* paired with"));
        await alice.WriteLineAsync("hello bob");

        Assert.Equal("* paired with alice: lines without / now go to alice (/unpair to stop)", await bob.WaitForOutputAsync("* paired with"));
        Assert.EndsWith(" [pair] alice: hello bob", await bob.WaitForOutputAsync("[pair] alice"));
        await bob.WriteLineAsync("hi alice");
        Assert.EndsWith(" [pair] bob: hi alice", await alice.WaitForOutputAsync("[pair] bob"));

        await alice.WriteLineAsync("/msg bob a direct one");
        await bob.WaitForOutputAsync("alice → you: a direct one");
        await alice.WriteLineAsync("/msg carol see you");
        Assert.Equal("* carol is offline: the message is stored for their next login", await alice.WaitForOutputAsync("carol is offline"));
        await alice.WriteLineAsync("/inbox");
        Assert.EndsWith(" [inbox] you → bob: a direct one", await alice.WaitForOutputAsync("[inbox]"));
        Assert.EndsWith(" [inbox] you → carol: see you", await alice.WaitForOutputAsync("[inbox]"));
        Assert.Equal("* end of inbox: 2 direct messages", await alice.WaitForOutputAsync("* end of inbox"));

        alice.CloseInput();
        Assert.Equal(0, await alice.WaitForExitAsync());
        Assert.Equal("* no longer paired with alice", await bob.WaitForOutputAsync("* no longer paired"));
        bob.CloseInput();
        Assert.Equal(0, await bob.WaitForExitAsync());
        Assert.Equal("", alice.Errors + bob.Errors);
    }
}
