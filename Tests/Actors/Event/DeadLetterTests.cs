using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Event;

public class DeadLetterTests() : ActorChat.TestKit.TestKit("""
    actorchat.testkit.expect-timeout = 5s
    actorchat.actors.log-dead-letters-per-second = 3
    """)
{
    private IActorRef DeadActor()
    {
        var actor = Sys.ActorOf(Props.Create<Quiet>());
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);
        return actor;
    }

    [Fact]
    public void A_message_to_a_dead_actor_is_logged_at_Info_with_its_type_and_recipient()
    {
        var dead = DeadActor();
        EventFilter.Info(contains: $"Message [String] from {TestActor.Path} to {dead.Path} was not delivered")
            .ExpectOne(() => dead.Tell("lost"));
    }

    [Fact]
    public void Messages_told_to_DeadLetters_are_logged()
    {
        EventFilter.Info(contains: "was not delivered").ExpectOne(() => Sys.DeadLetters.Tell(42));
    }

    [Fact]
    public void Dead_letter_logging_is_rate_limited()
    {
        var dead = DeadActor();
        EventFilter.Info(contains: "was not delivered").Expect(3, () =>
        {
            for (var i = 0; i < 20; i++) dead.Tell(i);
        });
    }
}

public class DeadLetterLoggingOffTests() : ActorChat.TestKit.TestKit("""
    actorchat.testkit.expect-timeout = 5s
    actorchat.actors.log-dead-letters = off
    """)
{
    [Fact]
    public void With_log_dead_letters_off_nothing_is_logged()
    {
        EventFilter.Info(contains: "was not delivered").Expect(0, TimeSpan.FromMilliseconds(200), () => Sys.DeadLetters.Tell("quiet"));
    }
}

public class DeadLetterSuppressionTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    [Fact]
    public void PoisonPill_and_Terminated_are_not_logged_as_dead_letters()
    {
        EventFilter.Info(contains: "was not delivered").Expect(0, TimeSpan.FromMilliseconds(200), () =>
        {
            Sys.DeadLetters.Tell(PoisonPill.Instance);
            Sys.DeadLetters.Tell(new Terminated(TestActor));
        });
        EventFilter.Info(contains: "was not delivered").ExpectOne(() => Sys.DeadLetters.Tell("but this is"));
    }
}
