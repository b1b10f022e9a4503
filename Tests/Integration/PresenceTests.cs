namespace ActorChat.Tests.Integration;

/// <summary><c>actorchat.server.announce-presence</c> over loopback: off sends no presence, on is the spec's.</summary>
public sealed class PresenceTests
{
    [Fact]
    public async Task With_presence_off_a_login_gets_HI_only_and_the_others_see_no_JOINED()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.announce-presence = off");
        await using var alice = await LoginQuietAsync(server, "alice");
        await using var bob = await LoginQuietAsync(server, "bob");
        // A JOINED for bob was queued to alice before bob's HI, so it would come before this PONG.
        await alice.SendAsync("PING after-bob");
        await alice.ExpectAsync("PONG after-bob");
    }

    [Fact]
    public async Task With_presence_off_LIST_and_WHOELSE_still_answer_everyone_online()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.announce-presence = off");
        await using var alice = await LoginQuietAsync(server, "alice");
        await using var bob = await LoginQuietAsync(server, "bob");
        await using var carol = await LoginQuietAsync(server, "carol");
        await bob.SendAsync("LIST");
        await bob.ExpectAsync("LIST alice bob carol");
        await bob.SendAsync("WHOELSE");
        await bob.ExpectAsync("WHOELSE alice carol");
    }

    [Fact]
    public async Task With_presence_off_a_leaving_client_gives_no_LEFT_and_LIST_drops_it()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.announce-presence = off");
        await using var alice = await LoginQuietAsync(server, "alice");
        await using (var bob = await LoginQuietAsync(server, "bob"))
        {
            await bob.SendAsync("QUIT");
            Assert.Equal(["BYE"], await bob.ReadToEndAsync());
        }
        // The registry freed bob before his connection closed; a LEFT to alice would precede this answer.
        await alice.SendAsync("LIST");
        await alice.ExpectAsync("LIST alice");
    }

    [Fact]
    public async Task With_presence_off_a_partner_that_leaves_still_gives_UNPAIRED()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.announce-presence = off");
        await using var alice = await LoginQuietAsync(server, "alice");
        await using (var bob = await LoginQuietAsync(server, "bob"))
        {
            await alice.SendAsync("PAIR bob");
            await alice.ExpectAsync("PAIR-PENDING bob");
            await bob.ExpectAsync("PAIR-REQUEST alice");
            await bob.SendAsync("PAIR alice");
            await bob.ExpectAsync("PAIRED alice");
            await alice.ExpectAsync("PAIRED bob");
            await bob.SendAsync("QUIT");
            Assert.Equal(["BYE"], await bob.ReadToEndAsync());
        }
        await alice.ExpectAsync("UNPAIRED bob");
        await alice.SendAsync("LIST");
        await alice.ExpectAsync("LIST alice");
    }

    [Fact]
    public async Task With_presence_on_logins_and_logouts_are_announced_as_the_spec_has_it()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.announce-presence = on");
        await using var alice = await ChatTestClient.ConnectAsync(server.EndPoint);
        await alice.SendAsync("HELLO alice");
        await alice.ExpectAsync("HI alice");
        await alice.ExpectAsync("LIST alice");
        await alice.ExpectAsync("ALONE");
        await using (var bob = await ChatTestClient.ConnectAsync(server.EndPoint))
        {
            await bob.SendAsync("HELLO bob");
            await bob.ExpectAsync("HI bob");
            await bob.ExpectAsync("LIST alice bob");
            await alice.ExpectAsync("JOINED bob");
            await bob.SendAsync("QUIT");
            Assert.Equal(["BYE"], await bob.ReadToEndAsync());
        }
        await alice.ExpectAsync("LEFT bob");
    }

    /// <summary>Logs in with presence off and proves nothing follows <c>HI</c>: the next line is the PING's answer.</summary>
    private static async Task<ChatTestClient> LoginQuietAsync(ActorChat.Server.ChatServer server, string name)
    {
        var client = await ChatTestClient.ConnectAsync(server.EndPoint);
        await client.SendAsync($"HELLO {name}");
        await client.SendAsync("PING login");
        await client.ExpectAsync($"HI {name}");
        await client.ExpectAsync("PONG login");
        return client;
    }
}
