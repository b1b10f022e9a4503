using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Actor;

public class BecomeTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private sealed class Moody : ReceiveActor
    {
        public Moody() => Happy();

        private void Happy()
        {
            Receive<string>(s => s == "anger", _ => Become(Angry));
            Receive<string>(s => s == "push-sad", _ => BecomeStacked(Sad));
            Receive<string>(s => Sender.Tell("happy " + s));
        }

        private void Angry()
        {
            Receive<string>(s => s == "calm", _ => Become(Happy));
            Receive<string>(s => s == "pop", _ => UnbecomeStacked());
            Receive<string>(s => Sender.Tell("angry " + s));
        }

        private void Sad()
        {
            Receive<string>(s => s == "pop", _ => UnbecomeStacked());
            Receive<string>(s => Sender.Tell("sad " + s));
        }
    }

    private sealed class Toggle : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            Sender.Tell("on");
            Become(Off);
        }

        private void Off(object message)
        {
            Sender.Tell("off");
            Become(OnReceive);
        }
    }

    private sealed class StartsOff : UntypedActor
    {
        public StartsOff() => Become(Off);

        protected override void OnReceive(object message) => Sender.Tell("on");

        private void Off(object message)
        {
            if (message is "boom") throw new InvalidOperationException("boom");
            Sender.Tell("off");
        }
    }

    private sealed class LateRegistration : ReceiveActor
    {
        public LateRegistration() => Receive<string>(_ => Receive<int>(_ => { }));
    }

    [Fact]
    public void Become_replaces_the_behaviour()
    {
        var moody = Sys.ActorOf(Props.Create<Moody>());
        moody.Tell("hi");
        ExpectMsg("happy hi");
        moody.Tell("anger");
        moody.Tell("hi");
        ExpectMsg("angry hi");
        moody.Tell("calm");
        moody.Tell("hi");
        ExpectMsg("happy hi");
    }

    [Fact]
    public void BecomeStacked_and_UnbecomeStacked_return_to_the_previous_behaviour()
    {
        var moody = Sys.ActorOf(Props.Create<Moody>());
        moody.Tell("push-sad");
        moody.Tell("hi");
        ExpectMsg("sad hi");
        moody.Tell("pop");
        moody.Tell("hi");
        ExpectMsg("happy hi");
    }

    [Fact]
    public void UntypedActor_Become_switches_between_methods()
    {
        var toggle = Sys.ActorOf(Props.Create<Toggle>());
        for (var i = 0; i < 3; i++)
        {
            toggle.Tell("flip");
            ExpectMsg("on");
            toggle.Tell("flip");
            ExpectMsg("off");
        }
    }

    [Fact]
    public void UnbecomeStacked_with_nothing_stacked_keeps_the_current_behaviour()
    {
        var moody = Sys.ActorOf(Props.Create<Moody>());
        moody.Tell("anger");
        moody.Tell("pop");
        moody.Tell("hi");
        ExpectMsg("angry hi");
    }

    [Fact]
    public void Become_in_the_constructor_is_the_first_behaviour_and_a_restart_builds_it_again()
    {
        var actor = Sys.ActorOf(Props.Create<StartsOff>());
        actor.Tell("x");
        ExpectMsg("off");
        EventFilter.Exception<InvalidOperationException>(contains: "boom").ExpectOne(() => actor.Tell("boom"));
        actor.Tell("x");
        ExpectMsg("off");
    }

    [Fact]
    public void Registering_handlers_outside_constructor_or_Become_fails_the_actor()
    {
        var actor = Sys.ActorOf(Props.Create<LateRegistration>());
        EventFilter.Exception<InvalidOperationException>(contains: "constructor").ExpectOne(() => actor.Tell("x"));
    }

    [Fact]
    public void Unhandled_messages_are_logged()
    {
        var actor = Sys.ActorOf(Props.Create<Moody>());
        EventFilter.Info(contains: "was unhandled").ExpectOne(() => actor.Tell(12345));
    }
}
