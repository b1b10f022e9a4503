using ActorChat.Actors;

namespace ActorChat.Tests.Server.Chat;

public sealed class SupervisionTests : ChatActorTestBase
{
    [Fact]
    public void A_failing_connection_actor_is_stopped_alone_and_its_siblings_never_notice_beyond_LEFT()
    {
        var (alice, bob, carol) = LoginThree();
        Watch(alice.Actor);

        // Writing this line throws inside alice's actor; the failure is logged with its exception.
        alice.Connection.Poison = "MSG bob poison";
        EventFilter.Exception<InvalidOperationException>(contains: "poisoned line").ExpectOne(() => bob.Send("MSG alice poison"));

        ExpectTerminated(alice.Actor);
        alice.Lines.ExpectMsg(FakeConnection.Closed);
        bob.Lines.ExpectMsg("LEFT alice");
        carol.Lines.ExpectMsg("LEFT alice");

        // The siblings and the registry carry on as before.
        bob.Send("MSG carol still here");
        carol.Lines.ExpectMsg("MSG bob still here");
        carol.Send("LIST");
        carol.Lines.ExpectMsg("LIST bob carol");
        bob.Lines.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void A_failure_is_not_a_restart_the_stopped_actor_never_answers_again()
    {
        var alice = Login("alice");
        Watch(alice.Actor);
        alice.Connection.Poison = "PONG x";
        alice.Send("PING x");
        ExpectTerminated(alice.Actor);
        alice.Lines.ExpectMsg(FakeConnection.Closed);
        alice.Send("PING y");
        alice.Lines.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }
}
