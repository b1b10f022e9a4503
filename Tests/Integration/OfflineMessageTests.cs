using System.Text.RegularExpressions;

namespace ActorChat.Tests.Integration;

public sealed partial class OfflineMessageTests
{
    [Fact]
    public async Task MSG_to_a_known_offline_name_is_QUEUED_and_delivered_after_HI_oldest_first_once()
    {
        await using var server = await TestServer.StartAsync();
        await StoreClients.SeenAsync(server.EndPoint, "bob");
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");

        await alice.SendAsync("MSG bob first one");
        await alice.SendAsync("MSG BOB second");
        await alice.ExpectAsync("QUEUED bob");
        await alice.ExpectAsync("QUEUED BOB");

        await using (var bob = await StoreClients.HelloAsync(server.EndPoint, "bob"))
        {
            var offline = await bob.DrainAsync();
            Assert.Equal(2, offline.Count);
            AssertOffline(offline[0], "alice", "first one");
            AssertOffline(offline[1], "alice", "second");
            await bob.SendAsync("QUIT");
            await bob.ReadToEndAsync();
        }

        // Each once: the next login gets none.
        await using var again = await StoreClients.HelloAsync(server.EndPoint, "bob");
        Assert.Empty(await again.DrainAsync());
    }

    [Fact]
    public async Task MSG_to_a_name_never_seen_is_no_such_user_and_a_mixed_list_answers_each()
    {
        await using var server = await TestServer.StartAsync();
        await StoreClients.SeenAsync(server.EndPoint, "dave");
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await using var bob = await ChatTestClient.LoginAsync(server.EndPoint, "bob");
        await alice.FishAsync(l => l == "JOINED bob");

        await alice.SendAsync("MSG bob,nobody,dave hello");
        await bob.ExpectAsync("MSG alice hello");
        await alice.ExpectAsync("ERR no-such-user nobody");
        await alice.ExpectAsync("QUEUED dave");
    }

    [Fact]
    public async Task QUEUED_keeps_its_place_among_the_senders_answers()
    {
        await using var server = await TestServer.StartAsync();
        await StoreClients.SeenAsync(server.EndPoint, "bob");
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");

        await alice.SendAsync("PING 1");
        await alice.SendAsync("MSG bob x");
        await alice.SendAsync("PING 2");
        await alice.SendAsync("LIST");
        await alice.SendAsync("MSG nobody y");
        await alice.SendAsync("QUIT");
        Assert.Equal(["PONG 1", "QUEUED bob", "PONG 2", "LIST alice", "ERR no-such-user nobody", "BYE"],
            await alice.ReadToEndAsync());
    }

    [Fact]
    public async Task Names_offline_messages_blocks_and_last_seen_survive_a_restart()
    {
        var dataDir = TestServer.NewDataDir();
        await using (var server = await TestServer.StartAsync(dataDir, ""))
        {
            await using (var bob = await ChatTestClient.LoginAsync(server.EndPoint, "bob"))
            {
                await bob.SendAsync("BLOCK mallory");
                await bob.ExpectAsync("BLOCKED mallory");
                await bob.SendAsync("QUIT");
                await bob.ReadToEndAsync();
            }
            await StoreClients.SeenAsync(server.EndPoint, "mallory");
            await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
            await alice.SendAsync("MSG bob kept across restarts");
            await alice.FishAsync(l => l == "QUEUED bob");
        }

        await using var restarted = await TestServer.StartAsync(dataDir, "");
        await using var mallory = await ChatTestClient.LoginAsync(restarted.EndPoint, "mallory");
        await mallory.SendAsync("MSG bob from mallory");
        await mallory.ExpectAsync("QUEUED bob");
        await mallory.SendAsync("WHOLAST 60");
        await mallory.ExpectAsync("WHOLAST 60 alice bob");
        await using var bob2 = await StoreClients.HelloAsync(restarted.EndPoint, "bob");
        var offline = await bob2.DrainAsync();
        // mallory's message is not shown: bob's block, stored before the restart, applies to offline delivery.
        Assert.Single(offline);
        AssertOffline(offline[0], "alice", "kept across restarts");
    }

    internal static void AssertOffline(string line, string from, string text)
    {
        var match = OfflineLine().Match(line);
        Assert.True(match.Success, $"not an OFFLINE line: {line}");
        Assert.Equal(from, match.Groups[2].Value);
        Assert.Equal(text, match.Groups[3].Value);
    }

    [GeneratedRegex(@"^OFFLINE (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) (\S+) (.+)$")]
    private static partial Regex OfflineLine();
}
