using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Supervision;

public class RetryAndEscalationTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    [Fact]
    public void Exceeding_the_retry_budget_stops_the_child()
    {
        var hooks = CreateTestProbe();
        var strategy = new OneForOneStrategy(2, TimeSpan.FromMinutes(1), _ => Directive.Restart);
        var parent = Sys.ActorOf(Props.Create(() => new Parent(Props.Create(() => new Worker(hooks.Ref)), strategy)));
        parent.Tell("ping");
        ExpectMsg("ping");
        var child = LastSender;
        Watch(child);
        parent.Tell(new InvalidOperationException("1"));
        parent.Tell(new InvalidOperationException("2"));
        parent.Tell("still alive");
        ExpectMsg("still alive");
        parent.Tell(new InvalidOperationException("3"));
        ExpectTerminated(child);
    }

    [Fact]
    public void Zero_retries_stops_at_the_first_failure()
    {
        var hooks = CreateTestProbe();
        var strategy = new OneForOneStrategy(0, TimeSpan.FromMinutes(1), _ => Directive.Restart);
        var parent = Sys.ActorOf(Props.Create(() => new Parent(Props.Create(() => new Worker(hooks.Ref)), strategy)));
        parent.Tell("ping");
        ExpectMsg("ping");
        var child = Watch(LastSender);
        parent.Tell(new InvalidOperationException("once"));
        ExpectTerminated(child);
    }

    [Fact]
    public void Retry_count_without_a_window_counts_forever()
    {
        var hooks = CreateTestProbe();
        var strategy = new OneForOneStrategy(1, null, _ => Directive.Restart);
        var parent = Sys.ActorOf(Props.Create(() => new Parent(Props.Create(() => new Worker(hooks.Ref)), strategy)));
        parent.Tell("ping");
        ExpectMsg("ping");
        var child = Watch(LastSender);
        parent.Tell(new InvalidOperationException("1"));
        parent.Tell("ping");
        ExpectMsg("ping");
        parent.Tell(new InvalidOperationException("2"));
        ExpectTerminated(child);
    }

    [Fact]
    public void Escalate_fails_the_parent_with_the_same_exception()
    {
        var decisions = CreateTestProbe();
        var hooks = CreateTestProbe();
        var grandparentStrategy = new OneForOneStrategy(e =>
        {
            decisions.Ref.Tell(e);
            return Directive.Restart;
        });
        var middle = Props.Create(() => new Parent(Props.Create(() => new Worker(hooks.Ref)), new OneForOneStrategy(_ => Directive.Escalate)));
        var top = Sys.ActorOf(Props.Create(() => new Parent(middle, grandparentStrategy)));
        hooks.ExpectMsg("ctor");
        hooks.ExpectMsg("preStart");
        var thrown = new InvalidOperationException("escalated");
        top.Tell(thrown);
        Assert.Same(thrown, decisions.ExpectMsg<Exception>());
        // The middle parent restarts: its default PreRestart stops the worker, its new instance creates a new one.
        hooks.ExpectMsg("postStop");
        hooks.ExpectMsg("ctor");
        hooks.ExpectMsg("preStart");
        top.Tell("ping");
        ExpectMsg("ping");
    }

    [Fact]
    public void AllForOne_restarts_every_child_when_one_fails()
    {
        var hooks1 = CreateTestProbe();
        var hooks2 = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new TwoChildren(
            Props.Create(() => new Worker(hooks1.Ref)), Props.Create(() => new Worker(hooks2.Ref)),
            new AllForOneStrategy(_ => Directive.Restart))));
        hooks1.ExpectMsg("ctor");
        hooks2.ExpectMsg("ctor");
        hooks1.ExpectMsg("preStart");
        hooks2.ExpectMsg("preStart");
        parent.Tell(("2", (object)"inc"));
        parent.Tell(("2", (object)"get"));
        ExpectMsg(1);
        parent.Tell(("1", (object)new InvalidOperationException("one fails")));
        hooks1.ExpectMsg("preRestart one fails one fails");
        hooks2.ExpectMsg<string>(s => s.StartsWith("preRestart one fails"));
        parent.Tell(("2", (object)"get"));
        ExpectMsg(0);
    }

    [Fact]
    public void AllForOne_stops_every_child_when_one_fails_with_Stop()
    {
        var hooks1 = CreateTestProbe();
        var hooks2 = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new TwoChildren(
            Props.Create(() => new Worker(hooks1.Ref)), Props.Create(() => new Worker(hooks2.Ref)),
            new AllForOneStrategy(_ => Directive.Stop))));
        hooks1.ExpectMsg("ctor");
        hooks2.ExpectMsg("ctor");
        hooks1.ExpectMsg("preStart");
        hooks2.ExpectMsg("preStart");
        parent.Tell(("1", (object)new InvalidOperationException("one fails")));
        hooks1.ExpectMsg("postStop");
        hooks2.ExpectMsg("postStop");
    }

    [Fact]
    public void An_unhandled_Terminated_stops_the_watcher_with_DeathPactException()
    {
        var parent = Sys.ActorOf(Props.Create<NoTerminatedHandler>());
        Watch(parent);
        EventFilter.Exception<DeathPactException>().ExpectOne(() => parent.Tell("stop child"));
        ExpectTerminated(parent);
    }

    private sealed class NoTerminatedHandler : ReceiveActor
    {
        public NoTerminatedHandler()
        {
            var child = Context.Watch(Context.ActorOf(Props.Create<Quiet>()));
            Receive<string>(_ => Context.Stop(child));
        }
    }

    private sealed class TwoChildren : ReceiveActor
    {
        private readonly SupervisorStrategy _strategy;

        public TwoChildren(Props one, Props two, SupervisorStrategy strategy)
        {
            _strategy = strategy;
            Context.ActorOf(one, "1");
            Context.ActorOf(two, "2");
            Receive<(string Name, object Message)>(m => Context.Child(m.Name).Forward(m.Message));
        }

        protected override SupervisorStrategy SupervisorStrategy() => _strategy;
    }
}
