using System.Net;
using System.Net.Sockets;
using ActorChat.Protocol;

namespace ActorChat.Tests.Client.Cli.Session;

/// <summary>The console client as a process, in script mode (standard input is a pipe), against a real server.</summary>
public class ScriptModeTests
{
    [Fact]
    public async Task Two_clients_exchange_messages_through_a_real_server()
    {
        await using var server = await TestServer.StartAsync();
        var port = server.Port.ToString();
        await using var bob = ClientProcess.Start("--name", "bob", "--port", port, "--linger", "0.1");
        await bob.WaitForOutputAsync("* connected to 127.0.0.1:" + port + " as bob");
        await using var alice = ClientProcess.Start("--name", "alice", "--port", port, "--linger", "0.1");
        await alice.WaitForOutputAsync("* online (2): ");

        await alice.WriteLineAsync("/msg bob hi bob");
        Assert.EndsWith(" alice → you: hi bob", await bob.WaitForOutputAsync("alice → you"));
        await bob.WriteLineAsync("/msg alice hello alice");
        Assert.EndsWith(" bob → you: hello alice", await alice.WaitForOutputAsync("bob → you"));
        alice.CloseInput();

        Assert.Equal(0, await alice.WaitForExitAsync());
        await bob.WaitForOutputAsync("* alice left");
        bob.CloseInput();
        Assert.Equal(0, await bob.WaitForExitAsync());
        Assert.Equal("", alice.Errors + bob.Errors);
    }

    [Fact]
    public async Task A_piped_script_sends_waits_for_replies_then_quits_with_status_0()
    {
        await using var server = await TestServer.StartAsync();
        await using var bob = await server.LoginAsync("bob");
        await using var alice = ClientProcess.Start("--name", "alice", "--port", server.Port.ToString());

        await alice.WriteLineAsync("/msg bob hi");
        await alice.WriteLineAsync("/msg zed anyone?");
        await alice.WriteLineAsync("/list");
        alice.CloseInput();

        Assert.Equal(0, await alice.WaitForExitAsync());
        var output = await alice.AllOutputAsync();
        Assert.Contains("! nobody called zed has ever logged in", output);
        Assert.Contains("* online (2): ", output);
        Assert.DoesNotContain("\u001b", output);
        var message = await bob.NextMatchingAsync<MsgEvent>();
        Assert.Equal(("alice", "hi"), (message.From, message.Text));
        Assert.Equal("alice", (await bob.NextMatchingAsync<LeftEvent>()).Name);
    }

    [Fact]
    public async Task Even_without_linger_every_reply_to_the_script_is_printed_before_it_quits()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = ClientProcess.Start("--name", "alice", "--port", server.Port.ToString(), "--linger", "0");

        await alice.WriteLineAsync("/whoelse");
        await alice.WriteLineAsync("/msg nobody hello?");
        alice.CloseInput();

        Assert.Equal(0, await alice.WaitForExitAsync());
        var output = await alice.AllOutputAsync();
        Assert.Contains("* nobody else is online", output);
        Assert.Contains("! nobody called nobody has ever logged in", output);
    }

    [Fact]
    public async Task Input_problems_go_to_standard_error_and_the_script_goes_on()
    {
        await using var server = await TestServer.StartAsync();
        await using var bob = await server.LoginAsync("bob");
        await using var alice = ClientProcess.Start("--name", "alice", "--port", server.Port.ToString(), "--linger", "0.1");

        await alice.WriteLineAsync("/msg bad,,name x");
        await alice.WriteLineAsync("just talking");
        await alice.WriteLineAsync("/msg bob still here");
        alice.CloseInput();

        Assert.Equal(0, await alice.WaitForExitAsync());
        Assert.Equal("still here", (await bob.NextMatchingAsync<MsgEvent>()).Text);
        Assert.Contains("! Name can't be empty", alice.Errors);
        Assert.Contains("! not paired, so that line went nowhere", alice.Errors);
    }

    [Fact]
    public async Task No_server_is_one_line_and_status_2()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var client = ClientProcess.Start("--name", "alice", "--port", port.ToString());
        client.CloseInput();

        Assert.Equal(2, await client.WaitForExitAsync());
        Assert.Equal($"! cannot connect to 127.0.0.1:{port}: connection refused", client.Errors);
    }

    [Fact]
    public async Task A_taken_name_is_status_2_with_the_reason()
    {
        await using var server = await TestServer.StartAsync();
        await using var bob = await server.LoginAsync("bob");
        await using var client = ClientProcess.Start("--name", "Bob", "--port", server.Port.ToString());
        client.CloseInput();

        Assert.Equal(2, await client.WaitForExitAsync());
        Assert.Contains("the name Bob is taken", client.Errors);
    }

    [Fact]
    public async Task A_server_that_stops_is_a_clear_line_and_status_3()
    {
        var server = await TestServer.StartAsync();
        await using var client = ClientProcess.Start("--name", "alice", "--port", server.Port.ToString());
        await client.WaitForOutputAsync("* connected to");

        await server.DisposeAsync();

        Assert.Equal(3, await client.WaitForExitAsync());
        Assert.StartsWith("! the server closed the connection (shutdown)", client.Errors);
        Assert.DoesNotContain("   at ", client.Errors);
    }

    [Fact]
    public async Task Bad_options_are_status_64_with_the_reason()
    {
        await using var client = ClientProcess.Start("--port", "nope");

        Assert.Equal(64, await client.WaitForExitAsync());
        Assert.Equal("actorchat-client: --port: 'nope' is not a port (1 to 65535) (see --help)", client.Errors);
    }

    [Fact]
    public async Task A_config_value_of_the_wrong_type_is_status_64_with_one_line()
    {
        var config = Path.GetTempFileName();
        await File.WriteAllTextAsync(config, "actorchat.client {\n  port = nope\n}\n");
        try
        {
            await using var client = ClientProcess.Start("--config", config);

            Assert.Equal(64, await client.WaitForExitAsync());
            Assert.Equal(
                $"actorchat-client: 'actorchat.client.port': expected an int but found the string \"nope\" ({config}: line 2, column 10) (see --help)",
                client.Errors);
        }
        finally
        {
            File.Delete(config);
        }
    }
}

/// <summary>The console client's <c>--reconnect</c>, as a process.</summary>
public class ReconnectTests
{
    [Fact]
    public async Task With_reconnect_a_restarted_server_gets_the_client_back_under_its_name()
    {
        var config = Path.GetTempFileName();
        await File.WriteAllTextAsync(config, "actorchat.client.reconnect-initial-delay = 50ms\nactorchat.client.reconnect-max-delay = 200ms\n");
        try
        {
            var first = await TestServer.StartAsync();
            var port = first.Port;
            await using var alice = ClientProcess.Start("--name", "alice", "--port", port.ToString(), "--reconnect", "--config", config, "--linger", "0.1");
            await alice.WaitForOutputAsync("* connected to");

            await first.DisposeAsync();
            await alice.WaitForOutputAsync("* reconnecting in");
            await using var second = await TestServer.StartOnAsync(port);
            await alice.WaitForOutputAsync("* reconnected as alice");

            await using var bob = await second.LoginAsync("bob");
            await bob.SendMsgAsync("alice", "welcome back");
            await alice.WaitForOutputAsync("bob → you: welcome back");
            alice.CloseInput();
            Assert.Equal(0, await alice.WaitForExitAsync());
            Assert.StartsWith("! the server closed the connection (shutdown)", alice.Errors);
        }
        finally
        {
            File.Delete(config);
        }
    }
}
