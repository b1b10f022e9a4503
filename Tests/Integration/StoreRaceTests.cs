using System.Text;

namespace ActorChat.Tests.Integration;

/// <summary>The spec's delivered-or-stored guarantee where it races with a recipient's logout and login.</summary>
public sealed class StoreRaceTests
{
    private const int Rounds = 12;
    private const int Messages = 300;

    [Fact]
    public async Task A_message_sent_while_the_recipient_logs_out_is_delivered_or_stored_exactly_once_in_order()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.max-lines-per-second = 1000000");
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        for (var round = 0; round < Rounds; round++)
        {
            var bob = await StoreClients.HelloAsync(server.EndPoint, "bob");
            await alice.FishAsync(l => l == "JOINED bob");

            // The QUIT lands while the stream of messages is under way: the first has arrived, the rest are coming.
            var batch = Batch(round);
            var first = Array.IndexOf(batch, (byte)'\n') + 1;
            await alice.SendRawAsync(batch.AsMemory(0, first));
            var received = new List<string> { await bob.ReadLineAsync() };
            await Task.WhenAll(alice.SendRawAsync(batch.AsMemory(first)), bob.SendAsync("QUIT"));
            received.AddRange(await bob.ReadToEndAsync());
            var live = Texts(received, "MSG alice ");
            await bob.DisposeAsync();
            await alice.DrainAsync();

            await using var again = await StoreClients.HelloAsync(server.EndPoint, "bob");
            var stored = Texts(await again.DrainAsync(), "OFFLINE ", skipTime: true);
            Assert.Equal(Expected(round), live.Concat(stored));

            await again.SendAsync("QUIT");
            await again.ReadToEndAsync();
            await alice.FishAsync(l => l == "LEFT bob");
        }
    }

    [Fact]
    public async Task A_recipient_logging_in_while_messages_are_stored_for_it_gets_each_once_in_order()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.max-lines-per-second = 1000000");
        await StoreClients.SeenAsync(server.EndPoint, "bob");
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        for (var round = 0; round < Rounds; round++)
        {
            // The HELLO lands while the stream is under way: the first message is queued, the rest are coming.
            await using var bob = await ChatTestClient.ConnectAsync(server.EndPoint);
            var batch = Batch(round);
            var first = Array.IndexOf(batch, (byte)'\n') + 1;
            await alice.SendRawAsync(batch.AsMemory(0, first));
            await alice.ExpectAsync("QUEUED bob");
            await Task.WhenAll(alice.SendRawAsync(batch.AsMemory(first)), bob.SendAsync("HELLO bob"));
            await bob.ExpectAsync("HI bob");
            Assert.StartsWith("LIST ", await bob.ReadLineAsync());
            await alice.FishAsync(l => l == "JOINED bob");
            await alice.DrainAsync();
            var lines = await bob.DrainAsync();
            var texts = lines
                .Where(l => l.StartsWith("OFFLINE ") || l.StartsWith("MSG "))
                .Select(l => l.StartsWith("MSG ") ? l["MSG alice ".Length..] : l.Split(' ', 4)[3]);
            // OFFLINE lines come first, then live ones: together, every message once, in the order sent.
            Assert.Equal(Expected(round), texts);
            Assert.True(lines.SkipWhile(l => l.StartsWith("OFFLINE ")).All(l => !l.StartsWith("OFFLINE ")));
            await bob.SendAsync("QUIT");
            await bob.ReadToEndAsync();
            await alice.FishAsync(l => l == "LEFT bob");
        }
    }

    private static byte[] Batch(int round)
    {
        var text = new StringBuilder();
        foreach (var m in Expected(round)) text.Append("MSG bob ").Append(m).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static IEnumerable<string> Expected(int round) => Enumerable.Range(0, Messages).Select(i => $"r{round}-m{i}");

    private static List<string> Texts(IEnumerable<string> lines, string prefix, bool skipTime = false) =>
        lines.Where(l => l.StartsWith(prefix))
            .Select(l => skipTime ? l.Split(' ', 4)[3] : l[prefix.Length..])
            .ToList();
}
