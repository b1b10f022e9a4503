using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Supervision;

public class SupervisionTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private (IActorRef Parent, ActorChat.TestKit.TestProbe Hooks) Start(SupervisorStrategy strategy)
    {
        var hooks = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Parent(Props.Create(() => new Worker(hooks.Ref)), strategy)));
        hooks.ExpectMsg("ctor");
        hooks.ExpectMsg("preStart");
        return (parent, hooks);
    }

    [Fact]
    public void Resume_keeps_the_instance_and_its_state()
    {
        var (parent, hooks) = Start(new OneForOneStrategy(_ => Directive.Resume));
        parent.Tell("inc");
        parent.Tell("inc");
        parent.Tell("instance");
        var instance = ExpectMsg<int>();
        EventFilter.Warning(contains: "Resume").ExpectOne(() => parent.Tell(new InvalidOperationException("resume me")));
        parent.Tell("get");
        ExpectMsg(2);
        parent.Tell("instance");
        ExpectMsg(instance);
        hooks.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Restart_makes_a_new_instance_and_runs_the_hooks_in_order()
    {
        var (parent, hooks) = Start(new OneForOneStrategy(_ => Directive.Restart));
        parent.Tell("inc");
        parent.Tell("instance");
        var instance = ExpectMsg<int>();
        EventFilter.Exception<InvalidOperationException>().ExpectOne(() => parent.Tell(new InvalidOperationException("boom")));
        hooks.ExpectMsg("preRestart boom boom");
        hooks.ExpectMsg("postStop");
        hooks.ExpectMsg("ctor");
        hooks.ExpectMsg("postRestart boom");
        hooks.ExpectMsg("preStart");
        parent.Tell("get");
        ExpectMsg(0);
        parent.Tell("instance");
        Assert.NotEqual(instance, ExpectMsg<int>());
    }

    [Fact]
    public void Stop_stops_the_child()
    {
        var (parent, hooks) = Start(new OneForOneStrategy(_ => Directive.Stop));
        parent.Tell(new InvalidOperationException("stop me"));
        hooks.ExpectMsg("postStop");
        EventFilter.Info(contains: "was not delivered").ExpectOne(() => parent.Tell("get"));
        hooks.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Default_strategy_restarts_on_ordinary_exceptions()
    {
        var hooks = CreateTestProbe();
        var worker = Sys.ActorOf(Props.Create(() => new Worker(hooks.Ref)));
        hooks.ExpectMsg("ctor");
        hooks.ExpectMsg("preStart");
        worker.Tell(new ArgumentException("plain"));
        hooks.ExpectMsg("preRestart plain plain");
        Assert.Equal(Directive.Restart, SupervisorStrategy.DefaultStrategy.Decider(new ArgumentException()));
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultStrategy.Decider(new ActorInitializationException("x")));
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultStrategy.Decider(new ActorKilledException("x")));
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultStrategy.Decider(new DeathPactException(worker)));
    }

    [Fact]
    public void Props_WithSupervisorStrategy_overrides_the_actors_own_strategy()
    {
        var hooks = CreateTestProbe();
        var props = Props.Create(() => new Parent(Props.Create(() => new Worker(hooks.Ref)), new OneForOneStrategy(_ => Directive.Restart)))
            .WithSupervisorStrategy(new OneForOneStrategy(_ => Directive.Resume));
        var parent = Sys.ActorOf(props);
        hooks.ExpectMsg("ctor");
        hooks.ExpectMsg("preStart");
        parent.Tell("inc");
        parent.Tell(new InvalidOperationException("resume"));
        parent.Tell("get");
        ExpectMsg(1);
    }

    [Fact]
    public void Restart_keeps_the_mailbox_and_drops_the_failing_message()
    {
        var gate = new ManualResetEventSlim();
        var hooks = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Parent(Props.Create(() => new Blocking(gate, hooks.Ref)), new OneForOneStrategy(_ => Directive.Restart))));
        hooks.ExpectMsg("ctor");
        parent.Tell("a");
        parent.Tell("fail");
        parent.Tell("b");
        parent.Tell("c");
        hooks.ExpectMsg("blocked in fail");
        gate.Set();
        ExpectMsg("a");
        hooks.ExpectMsg("ctor");
        ExpectMsg("b");
        ExpectMsg("c");
        hooks.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    private sealed class Blocking : ReceiveActor
    {
        public Blocking(ManualResetEventSlim gate, IActorRef probe)
        {
            probe.Tell("ctor");
            Receive<string>(s => s == "fail", _ =>
            {
                // Hold the failing message until the test has queued more behind it.
                probe.Tell("blocked in fail");
                gate.Wait();
                throw new InvalidOperationException("fail");
            });
            Receive<string>(s => Sender.Tell(s));
        }
    }
}
