using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Actor;

public class LifecycleTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private sealed class Hooks : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Hooks(IActorRef probe)
        {
            _probe = probe;
            probe.Tell("ctor");
            Receive<string>(s => probe.Tell("got " + s));
        }

        protected override void PreStart() => _probe.Tell("preStart");

        protected override void PostStop() => _probe.Tell("postStop");
    }

    private sealed class FailsInPreStart : ReceiveActor
    {
        protected override void PreStart() => throw new InvalidOperationException("no start");
    }

    private sealed class ContextUser : UntypedActor
    {
        protected override void OnReceive(object message) => Sender.Tell(Context.Self.Equals(Self));

        public static IUntypedActorContext Peek() => Context;
    }

    [Fact]
    public void Constructor_PreStart_messages_PostStop_in_order()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Hooks(probe.Ref)));
        actor.Tell("a");
        probe.ExpectMsg("ctor");
        probe.ExpectMsg("preStart");
        probe.ExpectMsg("got a");
        Sys.Stop(actor);
        probe.ExpectMsg("postStop");
    }

    [Fact]
    public void PoisonPill_stops_after_the_messages_sent_before_it()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Hooks(probe.Ref)));
        Watch(actor);
        actor.Tell("1");
        actor.Tell("2");
        actor.Tell(PoisonPill.Instance);
        probe.ExpectMsg("ctor");
        probe.ExpectMsg("preStart");
        probe.ExpectMsg("got 1");
        probe.ExpectMsg("got 2");
        probe.ExpectMsg("postStop");
        ExpectTerminated(actor);
        EventFilter.Info(contains: "was not delivered").ExpectOne(() => actor.Tell("3"));
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Kill_fails_the_actor_with_ActorKilledException_and_stops_it()
    {
        var actor = Sys.ActorOf(Props.Create<Quiet>());
        Watch(actor);
        EventFilter.Exception<ActorKilledException>().ExpectOne(() => actor.Tell(Kill.Instance));
        ExpectTerminated(actor);
    }

    [Fact]
    public void An_exception_in_PreStart_stops_the_actor_with_ActorInitializationException()
    {
        EventFilter.Exception<ActorInitializationException>().ExpectOne(() =>
        {
            var actor = Sys.ActorOf(Props.Create<FailsInPreStart>());
            Watch(actor);
            ExpectTerminated(actor);
        });
    }

    [Fact]
    public void Creating_an_actor_with_new_is_refused()
    {
        Assert.Throws<ActorInitializationException>(() => new Quiet());
    }

    [Fact]
    public void Context_is_available_inside_and_refused_outside_an_actor()
    {
        Sys.ActorOf(Props.Create<ContextUser>()).Tell("who");
        ExpectMsg(true);
        Assert.Throws<NotSupportedException>(() => ContextUser.Peek());
    }

    [Fact]
    public void Props_Create_rejects_expressions_that_are_not_constructor_calls()
    {
        Assert.Throws<ArgumentException>(() => Props.Create<Quiet>(() => Make()));
    }

    private sealed class WithArgs : ReceiveActor
    {
        public WithArgs(string text, int number) => ReceiveAny(_ => Sender.Tell(text + number));
    }

    [Fact]
    public void Props_Create_with_arguments_and_ActorOf_of_T_create_actors()
    {
        var actor = Sys.ActorOf(Props.Create<WithArgs>("x", 3));
        actor.Tell("?");
        ExpectMsg("x3");
        Assert.Equal("plain", Sys.ActorOf<Quiet>("plain").Path.Name);
        Assert.Throws<ArgumentException>(() => Props.Create(typeof(string)));
    }

    private static Quiet Make() => throw new InvalidOperationException("never called");
}
