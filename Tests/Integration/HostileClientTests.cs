using System.Text;

namespace ActorChat.Tests.Integration;

public sealed class HostileClientTests
{
    [Fact]
    public async Task Random_bytes_get_errors_never_a_crash_and_the_server_serves_others_throughout()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.max-line-bytes = 256");
        await using var bystander = await ChatTestClient.LoginAsync(server.EndPoint, "bystander");
        var random = new Random(12345);
        for (var round = 0; round < 5; round++)
        {
            await using var hostile = await ChatTestClient.ConnectAsync(server.EndPoint);
            var junk = new byte[64 * 1024];
            random.NextBytes(junk);
            // Keep it from quitting by chance, which would end the test early but prove nothing.
            for (var i = 0; i < junk.Length; i++)
                if (junk[i] is (byte)'Q' or (byte)'q') junk[i] = (byte)'x';
            await hostile.SendRawAsync(junk);
            await hostile.SendAsync("\nPING alive");
            var answers = new List<string>();
            string line;
            while ((line = await hostile.ReadLineAsync()) != "PONG alive") answers.Add(line);
            Assert.All(answers, a => Assert.True(
                a.StartsWith("ERR ", StringComparison.Ordinal) || a.StartsWith("PONG", StringComparison.Ordinal)
                    || a.StartsWith("HI ", StringComparison.Ordinal) || a.StartsWith("LIST ", StringComparison.Ordinal)
                    || a.StartsWith("JOINED ", StringComparison.Ordinal) || a.StartsWith("HELP ", StringComparison.Ordinal)
                    || a.StartsWith("WHOELSE", StringComparison.Ordinal) || a.StartsWith("MSG ", StringComparison.Ordinal),
                $"unexpected answer '{a}'"));

            await bystander.SendAsync($"PING round{round}");
            await bystander.FishAsync(l => l == $"PONG round{round}");
        }
    }

    [Fact]
    public async Task A_client_that_floods_without_reading_is_dropped_and_the_others_carry_on()
    {
        await using var server = await TestServer.StartAsync(
            """
            actorchat.server.max-outbound-bytes = 16KiB
            actorchat.server.max-lines-per-second = 10
            """);
        await using var bystander = await ChatTestClient.LoginAsync(server.EndPoint, "bystander");
        await using var flooder = await ChatTestClient.ConnectAsync(server.EndPoint, receiveBufferSize: 4096);
        await flooder.SendAsync("HELLO flooder");
        await bystander.FishAsync(l => l == "JOINED flooder");

        // Every refused line is answered; a client that never reads its answers overflows and is dropped.
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("PING flood-flood-flood-flood\n", 2000)));
        try
        {
            for (var i = 0; i < 400; i++) await flooder.SendRawAsync(chunk);
        }
        catch (Exception e) when (e is IOException or TimeoutException)
        {
            // Dropped (or held back by TCP) while still sending: that is the point.
        }
        await bystander.FishAsync(l => l == "LEFT flooder");
        await bystander.SendAsync("PING still-served");
        await bystander.FishAsync(l => l == "PONG still-served");
    }
}
