using System.Text;

namespace ActorChat.Tests.Integration;

public sealed class SlowReaderStoreTests
{
    [Fact]
    public async Task Direct_messages_a_dropped_slow_reader_did_not_get_are_its_offline_messages_at_next_login()
    {
        await using var server = await TestServer.StartAsync(
            """
            actorchat.server.max-outbound-bytes = 256KiB
            actorchat.server.max-lines-per-second = 1000000
            """);
        await using var sender = await ChatTestClient.LoginAsync(server.EndPoint, "sender");
        var slow = await ChatTestClient.ConnectAsync(server.EndPoint, receiveBufferSize: 4096);
        await slow.SendAsync("HELLO slow");
        await slow.ExpectAsync("HI slow");
        await sender.FishAsync(l => l == "JOINED slow");

        // Far more than the slow client's socket buffers and max-outbound-bytes hold, so it is dropped part-way.
        const int count = 6000;
        var padding = new string('x', 1000);
        var batch = new StringBuilder();
        for (var i = 0; i < count; i++) batch.Append($"MSG slow {i} {padding}\n");
        await sender.SendRawAsync(Encoding.UTF8.GetBytes(batch.ToString()));
        await sender.FishAsync(l => l == "LEFT slow");
        await sender.DrainAsync();

        var received = Numbers(await slow.ReadToEndAsync(TimeSpan.FromSeconds(20)), "MSG sender ");
        await slow.DisposeAsync();
        await using var again = await StoreClients.HelloAsync(server.EndPoint, "slow");
        var stored = Numbers(await again.DrainAsync(), "OFFLINE ", fromIndex: 3);

        // What the server had not handed to the OS when it dropped the reader is stored: a tail of the messages, in
        // order, each once. (What the OS had taken counts as written; a reset connection may still lose it.)
        Assert.NotEmpty(stored);
        Assert.True(received.Count < count);
        Assert.Equal(Enumerable.Range(stored[0], count - stored[0]), stored);
        Assert.All(received, r => Assert.True(r < count));
    }

    private static List<int> Numbers(IEnumerable<string> lines, string prefix, int fromIndex = 2) =>
        lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => int.Parse(l.Split(' ')[fromIndex == 3 ? 3 : 2]))
            .ToList();
}
