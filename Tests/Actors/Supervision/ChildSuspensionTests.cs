using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Supervision;

public class ChildSuspensionTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    /// <summary>Creates a Worker child "child"; fails on exceptions sent to it; passes (to, exception) pairs and
    /// strings on to the child; optionally keeps its children across restarts.</summary>
    private sealed class FailingParent : ReceiveActor
    {
        private readonly bool _keepChildren;
        private readonly SupervisorStrategy _childStrategy;

        public FailingParent(IActorRef hooks, bool keepChildren, SupervisorStrategy childStrategy)
        {
            _keepChildren = keepChildren;
            _childStrategy = childStrategy;
            // A restarted instance finds the child its predecessor kept.
            var child = Context.Child("child");
            if (child.Equals(ActorRefs.Nobody)) child = Context.ActorOf(Props.Create(() => new Worker(hooks)), "child");
            Receive<Exception>(e => throw e);
            Receive<(string To, Exception Error)>(m => child.Tell(m.Error));
            Receive<string>(s => child.Forward(s));
        }

        protected override SupervisorStrategy SupervisorStrategy() => _childStrategy;

        protected override void PreRestart(Exception reason, object? message)
        {
            if (!_keepChildren) base.PreRestart(reason, message);
        }
    }

    private sealed class GatedDecider
    {
        public ManualResetEventSlim Gate { get; } = new();

        public Directive Decide(IActorRef probe, Directive directive)
        {
            probe.Tell("deciding", ActorRefs.NoSender);
            Gate.Wait();
            return directive;
        }
    }

    private IActorRef StartTree(ActorChat.TestKit.TestProbe hooks, SupervisorStrategy top, bool keepChildren, SupervisorStrategy? childStrategy = null) =>
        Sys.ActorOf(Props.Create(() => new Parent(
            Props.Create(() => new FailingParent(hooks.Ref, keepChildren, childStrategy ?? SupervisorStrategy.DefaultStrategy)), top)));

    [Fact]
    public void Children_of_a_failed_actor_wait_until_its_supervisor_decides()
    {
        var hooks = CreateTestProbe();
        var decider = new GatedDecider();
        var deciding = CreateTestProbe();
        var top = StartTree(hooks, new OneForOneStrategy(_ => decider.Decide(deciding.Ref, Directive.Resume)), keepChildren: true);
        hooks.ExpectMsg("ctor");
        hooks.ExpectMsg("preStart");
        top.Tell(new InvalidOperationException("parent fails"));
        deciding.ExpectMsg("deciding");
        top.Tell("child, are you there?");
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
        decider.Gate.Set();
        ExpectMsg("child, are you there?");
    }

    [Fact]
    public void Children_kept_by_PreRestart_are_restarted_after_their_parent()
    {
        var hooks = CreateTestProbe();
        var top = StartTree(hooks, new OneForOneStrategy(_ => Directive.Restart), keepChildren: true);
        hooks.ExpectMsg("ctor");
        hooks.ExpectMsg("preStart");
        top.Tell("inc");
        top.Tell("get");
        ExpectMsg(1);
        top.Tell(new InvalidOperationException("parent fails"));
        hooks.ExpectMsg("preRestart parent fails ");
        hooks.ExpectMsg("postStop");
        hooks.ExpectMsg("ctor");
        hooks.ExpectMsg("postRestart parent fails");
        hooks.ExpectMsg("preStart");
        top.Tell("get");
        ExpectMsg(0);
    }

    [Fact]
    public void A_child_whose_escalated_failure_is_resumed_higher_up_goes_on_with_its_state()
    {
        var hooks = CreateTestProbe();
        var top = StartTree(hooks, new OneForOneStrategy(_ => Directive.Resume), keepChildren: true,
            childStrategy: new OneForOneStrategy(_ => Directive.Escalate));
        hooks.ExpectMsg("ctor");
        hooks.ExpectMsg("preStart");
        top.Tell("inc");
        top.Tell("get");
        ExpectMsg(1);
        top.Tell(("child", (Exception)new InvalidOperationException("child fails")));
        top.Tell("get");
        ExpectMsg(1);
        hooks.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }
}
