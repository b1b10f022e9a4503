namespace ActorChat.Tests.Integration;

/// <summary>A busy registry delays logins; it never drops them, whatever the kernel's <c>ask-timeout</c>.</summary>
public sealed class BusyRegistryTests
{
    private const int Clients = 200;

    [Fact]
    public async Task Logins_queued_behind_a_busy_registry_all_complete_with_a_tiny_ask_timeout()
    {
        // 1ms: any open or login bounded by an ask timeout would fail here, since a burst of connections and logins
        // (each login sending JOINED to everyone before it) keeps the registry's mailbox longer than that.
        await using var server = await TestServer.StartAsync("actorchat.actors.ask-timeout = 1ms");
        var clients = new ChatTestClient?[Clients];
        try
        {
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(i => Task.Run(async () =>
            {
                var client = clients[i] = await ChatTestClient.ConnectAsync(server.EndPoint);
                await client.SendAsync($"HELLO u{i}");
                await client.SendAsync("PING done");
                await client.ExpectAsync($"HI u{i}");
                await client.FishAsync(line => line == "PONG done");
            })));
            await clients[0]!.SendAsync("LIST");
            var list = await clients[0]!.FishAsync(line => line.StartsWith("LIST ", StringComparison.Ordinal));
            Assert.Equal(Clients, list.Split(' ').Length - 1);
        }
        finally
        {
            foreach (var client in clients)
                if (client is not null) await client.DisposeAsync();
        }
    }
}
