using System.Text;

namespace ActorChat.Tests.Integration;

public sealed class LimitTests
{
    [Fact]
    public async Task A_line_over_max_line_bytes_is_refused_and_the_connection_stays_open()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.max-line-bytes = 64");
        await using var c = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await c.SendAsync("PING " + new string('x', 59));
        await c.ExpectAsync("PONG " + new string('x', 59));
        await c.SendAsync("PING " + new string('x', 60));
        await c.ExpectAsync("ERR line-too-long");
        await c.SendAsync("PING still-here");
        await c.ExpectAsync("PONG still-here");
    }

    [Fact]
    public async Task A_huge_line_is_discarded_up_to_its_LF()
    {
        await using var server = await TestServer.StartAsync();
        await using var c = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        var huge = new byte[2 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');
        await c.SendRawAsync(huge);
        await c.SendAsync(" PING inside-the-long-line\nPING after");
        await c.ExpectAsync("ERR line-too-long");
        await c.ExpectAsync("PONG after");
    }

    [Fact]
    public async Task A_line_of_max_line_bytes_longer_than_the_transports_read_buffer_gets_through()
    {
        const int length = 200_000;
        await using var server = await TestServer.StartAsync($"actorchat.server.max-line-bytes = {length}");
        await using var c = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        var token = new string('x', length - "PING ".Length);
        Assert.True(length > ActorChat.Server.Transport.TransportOptions.MaxReadBufferSize);
        await c.SendAsync("PING " + token);
        await c.ExpectAsync("PONG " + token);
    }

    [Fact]
    public async Task Thousands_of_pipelined_messages_all_arrive_in_order_past_the_read_loops_inbound_limit()
    {
        const int count = 5_000;
        await using var server = await TestServer.StartAsync("actorchat.server.max-lines-per-second = 1000000");
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await using var bob = await ChatTestClient.LoginAsync(server.EndPoint, "bob");
        await alice.FishAsync(l => l == "JOINED bob");

        // One write of MSG and BROADCAST lines far beyond what the read loop may have in flight: each must hand its
        // credit back once routed, or the read loop stops for good.
        await alice.SendRawAsync(Encoding.UTF8.GetBytes(string.Concat(
            Enumerable.Range(0, count).Select(i => i % 2 == 0 ? $"MSG bob {i}\n" : $"BROADCAST {i}\n"))));
        for (var i = 0; i < count; i++)
            await bob.ExpectAsync(i % 2 == 0 ? $"MSG alice {i}" : $"BROADCAST alice {i}");
    }

    [Fact]
    public async Task A_line_that_is_not_UTF8_is_refused_and_the_connection_stays_open()
    {
        await using var server = await TestServer.StartAsync();
        await using var c = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await c.SendRawAsync(new byte[] { (byte)'P', (byte)'I', (byte)'N', (byte)'G', (byte)' ', 0xC3, 0x28, (byte)'\n' });
        await c.ExpectAsync("ERR bad-encoding");
        await c.SendAsync("PING ok");
        await c.ExpectAsync("PONG ok");
    }

    [Fact]
    public async Task Every_line_over_the_rate_limit_gets_its_own_answer_in_order()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.max-lines-per-second = 100");
        await using var c = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        // One write, far faster than 100 lines per second: the bucket's capacity is 100 lines, HELLO took one.
        await c.SendRawAsync(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 300).Select(i => $"PING {i}\n"))));
        var refused = 0;
        for (var i = 0; i < 300; i++)
        {
            var answer = await c.ReadLineAsync();
            if (answer == "ERR rate-limited") refused++;
            else Assert.Equal($"PONG {i}", answer);
            if (i < 99) Assert.Equal($"PONG {i}", answer);
        }
        Assert.True(refused > 0);
    }

    [Fact]
    public async Task A_message_over_the_rate_limit_is_not_delivered()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.max-lines-per-second = 100");
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await using var bob = await ChatTestClient.LoginAsync(server.EndPoint, "bob");
        await using var carol = await ChatTestClient.LoginAsync(server.EndPoint, "carol");
        await bob.FishAsync(l => l == "JOINED carol");
        await alice.FishAsync(l => l == "JOINED carol");

        await alice.SendRawAsync(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 300).Select(i => $"MSG bob {i}\n"))));
        // Only refusals are answered. Probe with PINGs, one more per refusal read, until one passes: the answers come
        // in line order, so the ERRs read before "PONG j" are the flood's refusals plus probes 0..j-1.
        var errors = 0;
        var probes = 0;
        await alice.SendAsync($"PING {probes}");
        int passed;
        while (true)
        {
            var line = await alice.ReadLineAsync();
            if (line.StartsWith("PONG ", StringComparison.Ordinal))
            {
                passed = int.Parse(line["PONG ".Length..]);
                break;
            }
            Assert.Equal("ERR rate-limited", line);
            errors++;
            await alice.SendAsync($"PING {++probes}");
        }
        var refusedMessages = errors - passed;
        // The PONG came back through the registry, so all of alice's messages were routed before carol's.
        await carol.SendAsync("MSG bob end");
        var delivered = new List<int>();
        string got;
        while ((got = await bob.ReadLineAsync()) != "MSG carol end") delivered.Add(int.Parse(got["MSG alice ".Length..]));

        Assert.Equal(300 - refusedMessages, delivered.Count);
        Assert.InRange(delivered.Count, 99, 299);
        Assert.Equal(delivered.Order(), delivered);
        Assert.Equal(delivered.Distinct().Count(), delivered.Count);
    }
}
