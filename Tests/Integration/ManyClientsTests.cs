namespace ActorChat.Tests.Integration;

public sealed class ManyClientsTests
{
    private const int Clients = 1000;
    private const int PeersPerClient = 3;
    private const int MessagesPerPeer = 10;

    [Fact]
    public async Task A_thousand_clients_exchange_messages_with_nothing_lost_and_each_senders_order_kept()
    {
        await using var server = await TestServer.StartAsync();
        var clients = new ChatTestClient[Clients];
        try
        {
            for (var i = 0; i < Clients; i += 100)
            {
                var batch = Enumerable.Range(i, 100).Select(async n => clients[n] = await ChatTestClient.ConnectAsync(server.EndPoint));
                await Task.WhenAll(batch);
            }
            // Log in one by one so each knows how many JOINED lines it will see before its messages start.
            for (var i = 0; i < Clients; i++)
            {
                await clients[i].SendAsync($"HELLO u{i}");
                await clients[i].ExpectAsync($"HI u{i}");
            }

            // Each client sends to the next PeersPerClient clients, interleaving recipients; each receives from the
            // PeersPerClient before it.
            var receiving = Enumerable.Range(0, Clients).Select(i => Task.Run(() => ReceiveAllAsync(clients[i], i))).ToArray();
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(i => Task.Run(async () =>
            {
                for (var m = 0; m < MessagesPerPeer; m++)
                    for (var p = 1; p <= PeersPerClient; p++)
                        await clients[i].SendAsync($"MSG u{(i + p) % Clients} {i}:{m}");
            })));
            await Task.WhenAll(receiving);
        }
        finally
        {
            foreach (var c in clients) if (c is not null) await c.DisposeAsync();
        }
    }

    private static async Task ReceiveAllAsync(ChatTestClient client, int self)
    {
        var next = new Dictionary<int, int>();
        for (var p = 1; p <= PeersPerClient; p++) next[(self - p + Clients) % Clients] = 0;
        var expected = PeersPerClient * MessagesPerPeer;
        var received = 0;
        while (received < expected)
        {
            var line = await client.ReadLineAsync(TimeSpan.FromSeconds(30));
            if (!line.StartsWith("MSG ", StringComparison.Ordinal))
            {
                // What logging in left unread; anything else (QUEUED, ERR) says where a message went instead.
                Assert.True(line.StartsWith("JOINED ", StringComparison.Ordinal) || line.StartsWith("LIST ", StringComparison.Ordinal)
                    || line == "ALONE", $"u{self} got \"{line}\"");
                continue;
            }
            var parts = line.Split(' ');
            var body = parts[2].Split(':');
            var from = int.Parse(body[0]);
            Assert.Equal($"u{from}", parts[1]);
            Assert.True(next.ContainsKey(from), $"u{self} got a message from u{from}");
            Assert.True(next[from] == int.Parse(body[1]),
                $"u{self} got \"{line}\" when message {next[from]} of u{from} was next ({received} received so far)");
            next[from]++;
            received++;
        }
    }
}
