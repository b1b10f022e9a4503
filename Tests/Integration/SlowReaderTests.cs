using System.Text;

namespace ActorChat.Tests.Integration;

public sealed class SlowReaderTests
{
    [Fact]
    public async Task A_reader_that_stops_reading_is_dropped_and_the_others_keep_getting_every_message()
    {
        await using var server = await TestServer.StartAsync(
            """
            actorchat.server.max-outbound-bytes = 1MiB
            actorchat.server.max-lines-per-second = 1000000
            """);
        await using var sender = await ChatTestClient.LoginAsync(server.EndPoint, "sender");
        await using var fast = await ChatTestClient.LoginAsync(server.EndPoint, "fast");
        var slow = await ChatTestClient.ConnectAsync(server.EndPoint, receiveBufferSize: 4096);
        await slow.SendAsync("HELLO slow");
        await slow.ExpectAsync("HI slow");
        await fast.FishAsync(l => l == "JOINED slow");

        // 8 MiB of broadcasts: far more than the slow client's socket buffers plus max-outbound-bytes can hold. Sent
        // in windows of 256 KiB that the fast reader drains before the next, so only the slow one ever falls behind.
        const int count = 8192;
        const int window = 256;
        var padding = new string('x', 1000);
        var received = new List<string>();
        var broadcasts = 0;
        for (var start = 0; start < count; start += window)
        {
            var batch = new StringBuilder();
            for (var i = start; i < start + window; i++) batch.Append($"BROADCAST {i} {padding}\n");
            await sender.SendRawAsync(Encoding.UTF8.GetBytes(batch.ToString()));
            while (broadcasts < start + window)
            {
                var line = await fast.ReadLineAsync();
                received.Add(line);
                if (line.StartsWith("BROADCAST ", StringComparison.Ordinal)) broadcasts++;
            }
        }

        Assert.Contains("LEFT slow", received);
        var numbers = received.Where(l => l.StartsWith("BROADCAST ", StringComparison.Ordinal))
            .Select(l => int.Parse(l.Split(' ')[2])).ToList();
        Assert.Equal(Enumerable.Range(0, count), numbers);
        await sender.FishAsync(l => l == "LEFT slow");

        // The slow client finds its connection closed once it reads on: some of the broadcasts, then the end.
        var leftover = await slow.ReadToEndAsync(TimeSpan.FromSeconds(10));
        Assert.True(leftover.Count < count);
        await slow.DisposeAsync();
    }
}
