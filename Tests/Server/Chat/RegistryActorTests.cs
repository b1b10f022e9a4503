using ActorChat.Actors;
using ActorChat.Server.Chat;
using ActorChat.Server.Chat.Messages;
using ActorChat.Tests.Server.Chat.Messages;

namespace ActorChat.Tests.Server.Chat;

public sealed class RegistryActorTests : ChatActorTestBase
{
    [Fact]
    public void Of_two_connections_racing_for_one_name_exactly_one_gets_HI()
    {
        for (var round = 0; round < 50; round++)
        {
            var a = Open();
            var b = Open();
            a.Send($"HELLO name{round}");
            b.Send($"HELLO NAME{round}");
            var answers = new[] { a.Lines.ExpectMsg<string>(), b.Lines.ExpectMsg<string>() };
            Assert.Single(answers, l => l.StartsWith("HI ", StringComparison.Ordinal));
            Assert.Single(answers, l => l.StartsWith("ERR name-taken ", StringComparison.Ordinal));
            var loser = answers[0].StartsWith("HI ", StringComparison.Ordinal) ? b : a;
            loser.Lines.ExpectMsg(FakeConnection.Closed);
        }
    }

    [Fact]
    public void A_direct_message_reaches_each_named_recipient_and_unknown_names_are_refused()
    {
        var (alice, bob, carol) = LoginThree();

        alice.Send("MSG bob,CAROL,ghost hi there");
        bob.Lines.ExpectMsg("MSG alice hi there");
        carol.Lines.ExpectMsg("MSG alice hi there");
        alice.Lines.ExpectMsg("ERR no-such-user ghost");
        alice.Lines.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Theory]
    [InlineData("MSG bob hi", "bob")]
    [InlineData("MSG BOB hi", "bob")]
    [InlineData("MSG carol hi", "carol")]
    public void A_direct_message_to_one_name_reaches_it_in_any_case(string line, string to)
    {
        var (alice, bob, carol) = LoginThree();
        var recipient = to == "bob" ? bob : carol;

        alice.Send(line);

        recipient.Lines.ExpectMsg("MSG alice hi");
        alice.Send("PING done");
        alice.Lines.ExpectMsg("PONG done");
    }

    [Theory]
    [InlineData("ghost")]
    [InlineData("zoë")]
    [InlineData("b@d")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789")]
    public void A_direct_message_to_one_name_nobody_has_is_refused_with_the_name_as_sent(string name)
    {
        var (alice, bob, _) = LoginThree();

        alice.Send($"MSG {name} hi");

        alice.Lines.ExpectMsg($"ERR no-such-user {name}");
        bob.Send("PING done");
        bob.Lines.ExpectMsg("PONG done");
    }

    [Fact]
    public void A_broadcast_reaches_everyone_but_the_sender()
    {
        var (alice, bob, carol) = LoginThree();

        bob.Send("BROADCAST hello all");
        alice.Lines.ExpectMsg("BROADCAST bob hello all");
        carol.Lines.ExpectMsg("BROADCAST bob hello all");
        bob.Lines.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Routing_a_direct_message_hands_the_senders_read_loop_credit_back_once()
    {
        var (alice, bob, _) = LoginThree();
        var credit = new CountingCredit();

        Registry.Tell(DirectMessage.Create("alice", DirectMessageTests.Parsed("MSG bob,carol hi"), credit), alice.Actor);
        bob.Lines.ExpectMsg("MSG alice hi");
        Assert.Equal(1, credit.Count);
    }

    [Fact]
    public void Routing_a_broadcast_hands_the_senders_read_loop_credit_back_once()
    {
        var (alice, bob, _) = LoginThree();
        var credit = new CountingCredit();

        Registry.Tell(new Delivery("alice", Lines.Broadcast("alice", "hi"), credit), alice.Actor);
        bob.Lines.ExpectMsg("BROADCAST alice hi");
        Assert.Equal(1, credit.Count);
    }

    [Fact]
    public void A_connection_actor_that_stops_for_any_reason_frees_its_name_and_everyone_sees_LEFT_once()
    {
        var (alice, bob) = LoginTwo("alice", "bob");

        Sys.Stop(bob.Actor);
        alice.Lines.ExpectMsg("LEFT bob");
        bob.Lines.ExpectMsg(FakeConnection.Closed);

        var bob2 = Login("Bob");
        alice.Lines.ExpectMsg("JOINED Bob");
        alice.Lines.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        alice.Send("LIST");
        alice.Lines.ExpectMsg("LIST alice Bob");
        bob2.Lines.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void A_transport_that_closes_ends_the_session_with_LEFT()
    {
        var (alice, bob) = LoginTwo("alice", "bob");
        Watch(bob.Actor);
        bob.Actor.Tell(ClientSignal.TransportClosed, ActorRefs.NoSender);
        ExpectTerminated(bob.Actor);
        alice.Lines.ExpectMsg("LEFT bob");
    }

    [Fact]
    public void Shutdown_says_BYE_shutdown_to_every_connection_and_closes_it()
    {
        var alice = Login("alice");
        var anonymous = Open();
        alice.Lines.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        Registry.Tell(Shutdown.Instance, ActorRefs.NoSender);
        alice.Lines.ExpectMsg("BYE shutdown");
        alice.Lines.ExpectMsg(FakeConnection.Closed);
        anonymous.Lines.ExpectMsg("BYE shutdown");
        anonymous.Lines.ExpectMsg(FakeConnection.Closed);
        // Nobody is told LEFT while the server goes down.
        alice.Lines.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Logins_beyond_max_clients_are_refused_with_server_full()
    {
        var settings = Settings with { MaxClients = 1 };
        var registry = Sys.ActorOf(Props.Create(() => new ActorChat.Server.Chat.RegistryActor(
            settings, Log)));
        var opener = CreateTestProbe();
        var probes = new[] { CreateTestProbe(), CreateTestProbe() };
        var actors = probes.Select((p, i) =>
        {
            registry.Tell(new OpenConnection(new FakeConnection("x" + i, p.Ref)), opener.Ref);
            p.ExpectMsg<string>();
            return opener.ExpectMsg<IActorRef>();
        }).ToArray();
        actors[0].Tell(new ActorChat.Protocol.HelloCommand("one"), ActorRefs.NoSender);
        probes[0].ExpectMsg("HI one");
        actors[1].Tell(new ActorChat.Protocol.HelloCommand("two"), ActorRefs.NoSender);
        probes[1].ExpectMsg("ERR server-full");
        probes[1].ExpectMsg(FakeConnection.Closed);
    }
}
