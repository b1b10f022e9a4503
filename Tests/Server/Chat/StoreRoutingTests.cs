using System.Text.RegularExpressions;
using ActorChat.Protocol;
using ActorChat.Server.Chat;
using ActorChat.Server.Chat.Messages;
using ActorChat.Tests.Server.Chat.Messages;

namespace ActorChat.Tests.Server.Chat;

/// <summary>The registry and connection actors with a real store: where a direct message goes, and when it is stored.</summary>
public sealed partial class StoreRoutingTests() : StoreActorTestBase(recordHistory: true, knownNames: ["carol"])
{
    [Fact]
    public async Task MSG_goes_live_to_the_online_stored_to_the_known_offline_and_is_refused_for_the_never_seen()
    {
        var (alice, bob) = LoginTwo("alice", "bob");

        alice.Send("MSG bob,carol,zed hi");
        bob.Lines.ExpectMsg("MSG alice hi");
        alice.Lines.ExpectMsg("ERR no-such-user zed");
        alice.Lines.ExpectMsg("QUEUED carol");
        var stored = await Store.GetUndeliveredAsync("carol");
        Assert.Equal(("alice", "hi"), (stored.Single().From, stored.Single().Text));
    }

    [Fact]
    public async Task A_blocked_senders_MSG_reaches_neither_the_blocker_nor_the_store_and_the_sender_hears_nothing()
    {
        var (alice, mallory) = LoginTwo("alice", "mallory");
        alice.Send("BLOCK mallory");
        alice.Lines.ExpectMsg("BLOCKED mallory");

        mallory.Send("MSG alice psst");
        mallory.Send("PING after");
        mallory.Lines.ExpectMsg("PONG after");
        alice.Send("PING after");
        alice.Lines.ExpectMsg("PONG after");
        Assert.Empty(await Store.GetInboxAsync("alice", 10));
    }

    [Fact]
    public void A_message_routed_to_a_connection_as_it_quits_is_stored_and_offered_at_the_next_login()
    {
        var bob = Login("bob");
        bob.Send("QUIT");
        // Routed through the registry, as every message is, right after the QUIT: mostly it reaches bob's actor after
        // its QUIT and before the registry's LeaveAck (too late to write, so the actor stores it); should bob have
        // left first, the registry stores it for the offline name. Either way nothing is lost. (Told to bob's actor
        // directly, it could land after the LeaveAck, an order the registry never produces: that raced.)
        Registry.Tell(DirectMessage.Create("alice", DirectMessageTests.Parsed("MSG bob late"), credit: null), ActorChat.Actors.ActorRefs.NoSender);
        bob.Lines.ExpectMsg("BYE");
        bob.Lines.ExpectMsg(FakeConnection.Closed);

        var again = Open();
        again.Send("HELLO bob");
        again.Lines.ExpectMsg("HI bob");
        again.Lines.ExpectMsg("LIST bob");
        again.Lines.ExpectMsg("ALONE");
        Assert.Matches(Offline(), again.Lines.ExpectMsg<string>());
    }

    [Fact]
    public void PAIR_is_routed_to_the_online_target_and_refused_for_offline_and_never_seen_names()
    {
        var (alice, bob) = LoginTwo("alice", "bob");

        alice.Send("PAIR carol");
        alice.Lines.ExpectMsg("ERR not-online carol");
        alice.Send("PAIR zed");
        alice.Lines.ExpectMsg("ERR no-such-user zed");
        alice.Send("PAIR bob");
        bob.Lines.ExpectMsg("PAIR-REQUEST alice");
        alice.Lines.ExpectMsg("PAIR-PENDING bob");
        bob.Send("PAIR alice");
        bob.Lines.ExpectMsg("PAIRED alice");
        alice.Lines.ExpectMsg("PAIRED bob");

        var carol = Login("carol");
        alice.Lines.ExpectMsg("JOINED carol");
        carol.Send("PAIR alice");
        carol.Lines.ExpectMsg("ERR busy alice");
        // alice's actor answered busy before carol saw it: a PAIR-REQUEST it wrote would be here before the PONG.
        alice.Send("PING x");
        alice.Lines.ExpectMsg("PONG x");
    }

    [Fact]
    public void A_pair_partner_that_stops_sends_UNPAIRED_to_the_other()
    {
        var (alice, bob) = LoginTwo("alice", "bob");
        alice.Send("PAIR bob");
        bob.Lines.ExpectMsg("PAIR-REQUEST alice");
        bob.Send("PAIR alice");
        bob.Lines.ExpectMsg("PAIRED alice");
        alice.Lines.ExpectMsg("PAIR-PENDING bob");
        alice.Lines.ExpectMsg("PAIRED bob");

        bob.Actor.Tell(ClientSignal.TransportClosed, ActorChat.Actors.ActorRefs.NoSender);
        var lines = new[] { alice.Lines.ExpectMsg<string>(), alice.Lines.ExpectMsg<string>() };
        Assert.Contains("UNPAIRED bob", lines);
        Assert.Contains("LEFT bob", lines);
    }

    [GeneratedRegex(@"^OFFLINE \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z alice late$")]
    private static partial Regex Offline();
}
