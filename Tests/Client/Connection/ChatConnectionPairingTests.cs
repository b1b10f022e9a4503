using ActorChat.Client;
using ActorChat.Protocol;

namespace ActorChat.Tests.Client.Connection;

/// <summary>PAIR, SAY and UNPAIR through the library's typed methods, against the real server.</summary>
public class ChatConnectionPairingTests
{
    /// <summary>alice asks bob, bob accepts: both see the whole exchange as typed events.</summary>
    private static async Task PairAsync(ChatConnection alice, ChatConnection bob)
    {
        await alice.SendPairAsync(bob.Name!);
        Assert.Equal(bob.Name, (await alice.NextMatchingAsync<PairPendingEvent>()).Name);
        Assert.Equal(alice.Name, (await bob.NextMatchingAsync<PairRequestEvent>()).From);
        await bob.SendPairAsync(alice.Name!);
        Assert.Equal(alice.Name, (await bob.NextAsync<PairedEvent>()).Name);
        Assert.Equal(bob.Name, (await alice.NextAsync<PairedEvent>()).Name);
    }

    [Fact]
    public async Task A_mutual_PAIR_pairs_both_and_SAY_goes_both_ways_to_the_partner_only()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await using var bob = await server.LoginAsync("bob");
        await using var carol = await server.LoginAsync("carol");

        await PairAsync(alice, bob);
        await alice.SendSayAsync("hello partner");
        await bob.SendSayAsync("hello back");

        var toBob = await bob.NextAsync<SayEvent>();
        Assert.Equal(("alice", "hello partner"), (toBob.From, toBob.Text));
        var toAlice = await alice.NextAsync<SayEvent>();
        Assert.Equal(("bob", "hello back"), (toAlice.From, toAlice.Text));
        // carol saw the others join and nothing of the pair: her next event is the answer to her own PING.
        await carol.SendPingAsync("carol");
        Assert.Equal("carol", Assert.IsType<PongEvent>(await carol.NextMatchingAsync<ServerEvent>(e => e is not JoinedEvent)).Token);
    }

    [Fact]
    public async Task UNPAIR_ends_the_pair_for_both_and_SAY_is_then_not_paired()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await using var bob = await server.LoginAsync("bob");
        await PairAsync(alice, bob);

        await bob.SendUnpairAsync();

        Assert.Equal("alice", (await bob.NextAsync<UnpairedEvent>()).Name);
        Assert.Equal("bob", (await alice.NextAsync<UnpairedEvent>()).Name);
        await alice.SendSayAsync("still there?");
        Assert.Equal(ErrorCodes.NotPaired, (await alice.NextAsync<ErrEvent>()).Code);
    }

    [Fact]
    public async Task A_partner_that_drops_gives_UNPAIRED_and_LEFT()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        var bob = await server.LoginAsync("bob");
        await PairAsync(alice, bob);

        await bob.DisposeAsync();

        // The spec allows either order.
        var two = new[] { await alice.NextAsync<ServerEvent>(), await alice.NextAsync<ServerEvent>() };
        Assert.Contains(two, e => e is UnpairedEvent { Name: "bob" });
        Assert.Contains(two, e => e is LeftEvent { Name: "bob" });
    }

    [Fact]
    public async Task A_withdrawn_request_from_a_third_name_is_UNPAIRED_of_that_name_and_the_pair_stays()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await using var bob = await server.LoginAsync("bob");
        await using var carol = await server.LoginAsync("carol");
        await carol.SendPairAsync("alice");
        Assert.Equal("carol", (await alice.NextMatchingAsync<PairRequestEvent>()).From);
        await PairAsync(alice, bob);

        await carol.SendUnpairAsync();

        Assert.Equal("alice", (await carol.NextMatchingAsync<UnpairedEvent>()).Name);
        // alice is told about carol's request: this UNPAIRED does not end her pair with bob.
        Assert.Equal("carol", (await alice.NextAsync<UnpairedEvent>()).Name);
        await alice.SendSayAsync("still paired");
        Assert.Equal("still paired", (await bob.NextAsync<SayEvent>()).Text);
    }

    [Fact]
    public async Task PAIR_errors_arrive_as_typed_errors_with_the_name()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");
        await using var bob = await server.LoginAsync("bob");
        await using var carol = await server.LoginAsync("carol");
        await server.LoginAndLeaveAsync("dave", seenBy: alice);

        await alice.SendSayAsync("anyone?");
        await alice.SendUnpairAsync();
        await alice.SendPairAsync("alice");
        await alice.SendPairAsync("nobody");
        await alice.SendPairAsync("dave");

        Assert.Equal((ErrorCodes.NotPaired, null), Error(await alice.NextMatchingAsync<ErrEvent>()));
        Assert.Equal((ErrorCodes.NotPaired, null), Error(await alice.NextAsync<ErrEvent>()));
        Assert.Equal((ErrorCodes.BadArgument, "alice"), Error(await alice.NextAsync<ErrEvent>()));
        Assert.Equal((ErrorCodes.NoSuchUser, "nobody"), Error(await alice.NextAsync<ErrEvent>()));
        Assert.Equal((ErrorCodes.NotOnline, "dave"), Error(await alice.NextAsync<ErrEvent>()));

        await PairAsync(alice, bob);
        await alice.SendPairAsync("carol");
        Assert.Equal((ErrorCodes.AlreadyPaired, "bob"), Error(await alice.NextAsync<ErrEvent>()));
        await carol.SendPairAsync("bob");
        Assert.Equal((ErrorCodes.Busy, "bob"), Error(await carol.NextMatchingAsync<ErrEvent>()));
    }

    [Fact]
    public async Task Arguments_the_server_would_refuse_are_refused_before_anything_is_sent()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await server.LoginAsync("alice");

        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await alice.SendSayAsync("   "));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await alice.SendSayAsync("two\nlines"));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await alice.SendPairAsync("two names"));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await alice.SendBlockAsync(""));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await alice.SendWhoLastAsync(0));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await alice.SendWhoLastAsync(1441));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await alice.SendInboxAsync(0));

        // Nothing reached the server: the next event is the answer to this PING, not an ERR.
        await alice.SendPingAsync("clean");
        Assert.Equal("clean", (await alice.NextAsync<PongEvent>()).Token);
    }

    private static (string Code, string? Detail) Error(ErrEvent e) => (e.Code, e.Detail);
}
