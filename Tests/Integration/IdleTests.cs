namespace ActorChat.Tests.Integration;

public sealed class IdleTests
{
    [Fact]
    public async Task A_silent_client_gets_PING_then_BYE_idle_and_the_others_see_LEFT()
    {
        await using var server = await TestServer.StartAsync(
            """
            actorchat.server.idle-timeout = 1s
            actorchat.server.ping-timeout = 500ms
            """);
        await using var watcher = await ChatTestClient.LoginAsync(server.EndPoint, "watcher");
        await using var sleepy = await ChatTestClient.LoginAsync(server.EndPoint, "sleepy");
        // The watcher answers its own PINGs all along, so it outlives the sleepy one.
        var watching = KeepAliveUntilAsync(watcher, "LEFT sleepy");

        // The first PING is answered: the client stays, and is pinged again after the next silence.
        var ping = await sleepy.ReadLineAsync();
        Assert.Matches("^PING [^ ]+$", ping);
        await sleepy.SendAsync("PONG " + ping["PING ".Length..]);
        var second = await sleepy.ReadLineAsync();
        Assert.Matches("^PING [^ ]+$", second);
        Assert.NotEqual(ping, second);

        // The second is not: BYE idle, closed, and LEFT for the others.
        Assert.Equal(["BYE idle"], await sleepy.ReadToEndAsync());
        await watching;
    }

    [Fact]
    public async Task Any_line_counts_as_activity()
    {
        await using var server = await TestServer.StartAsync(
            """
            actorchat.server.idle-timeout = 1s
            actorchat.server.ping-timeout = 500ms
            """);
        await using var c = await ChatTestClient.LoginAsync(server.EndPoint, "chatty");
        var ping = await c.ReadLineAsync();
        Assert.StartsWith("PING ", ping);
        // Not a PONG, but a line: the client is alive, so no BYE within the ping-timeout; it is pinged again instead.
        await c.SendAsync("LIST");
        await c.ExpectAsync("LIST chatty");
        Assert.StartsWith("PING ", await c.ReadLineAsync());
    }

    [Fact]
    public async Task A_connection_that_never_logs_in_is_dropped_when_idle_too()
    {
        await using var server = await TestServer.StartAsync(
            """
            actorchat.server.idle-timeout = 200ms
            actorchat.server.ping-timeout = 200ms
            """);
        await using var c = await ChatTestClient.ConnectAsync(server.EndPoint);
        var lines = await c.ReadToEndAsync();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("PING ", lines[0]);
        Assert.Equal("BYE idle", lines[1]);
    }

    private static async Task KeepAliveUntilAsync(ChatTestClient client, string expected)
    {
        while (true)
        {
            var line = await client.ReadLineAsync();
            if (line == expected) return;
            if (line.StartsWith("PING ", StringComparison.Ordinal)) await client.SendAsync("PONG " + line[5..]);
        }
    }
}
