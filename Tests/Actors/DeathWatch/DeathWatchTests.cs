using ActorChat.Actors;

namespace ActorChat.Tests.Actors.DeathWatch;

public class DeathWatchTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    /// <summary>Reports its PostStop; creates a child of the same kind while depth remains.</summary>
    private sealed class Reporter : ReceiveActor
    {
        private readonly string _name;
        private readonly IActorRef _probe;

        public Reporter(string name, int depth, IActorRef probe)
        {
            _name = name;
            _probe = probe;
            if (depth > 0) Context.ActorOf(Props.Create(() => new Reporter(name + "+", depth - 1, probe)), "child");
            ReceiveAny(_ => { });
        }

        protected override void PostStop() => _probe.Tell("postStop " + _name);
    }

    /// <summary>Watches its child and reports its Terminated.</summary>
    private sealed class WatchingParent : ReceiveActor
    {
        public WatchingParent(IActorRef probe)
        {
            var child = Context.Watch(Context.ActorOf(Props.Create(() => new Reporter("child", 1, probe)), "child"));
            Receive<string>(s => s == "stop", _ => Context.Stop(child));
            Receive<string>(s => s == "child?", _ => Sender.Tell(child));
            Receive<Terminated>(t => probe.Tell("parent saw " + t.ActorRef.Path.Name));
        }
    }

    [Fact]
    public void A_childs_stop_is_complete_before_its_parent_sees_Terminated()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new WatchingParent(probe.Ref)));
        parent.Tell("stop");
        probe.ExpectMsg("postStop child+");
        probe.ExpectMsg("postStop child");
        probe.ExpectMsg("parent saw child");
    }

    [Fact]
    public void A_parent_watching_its_child_sees_one_Terminated_and_so_does_any_other_watcher()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new WatchingParent(probe.Ref)));
        parent.Tell("child?");
        var child = ExpectMsg<IActorRef>();
        Watch(child);
        parent.Tell("stop");
        probe.ExpectMsg("postStop child+");
        probe.ExpectMsg("postStop child");
        probe.ExpectMsg("parent saw child");
        ExpectTerminated(child);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        ExpectNoMsg(TimeSpan.FromMilliseconds(10));
    }

    [Fact]
    public void Stopping_a_parent_stops_its_children_first()
    {
        var probe = CreateTestProbe();
        var top = Sys.ActorOf(Props.Create(() => new Reporter("top", 2, probe.Ref)));
        Watch(top);
        Sys.Stop(top);
        probe.ExpectMsg("postStop top++");
        probe.ExpectMsg("postStop top+");
        probe.ExpectMsg("postStop top");
        ExpectTerminated(top);
    }

    [Fact]
    public void Terminated_arrives_once_for_each_watcher_even_when_watched_twice()
    {
        var actor = Sys.ActorOf(Props.Create<Quiet>());
        var other = CreateTestProbe();
        Watch(actor);
        Watch(actor);
        other.Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);
        other.ExpectTerminated(actor);
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        other.ExpectNoMsg(TimeSpan.FromMilliseconds(10));
    }

    [Fact]
    public void Watching_an_actor_that_is_already_dead_yields_Terminated()
    {
        var actor = Sys.ActorOf(Props.Create<Quiet>());
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);
        var late = CreateTestProbe();
        late.Watch(actor);
        late.ExpectTerminated(actor);
    }

    [Fact]
    public void Unwatch_before_the_death_means_no_Terminated()
    {
        var actor = Sys.ActorOf(Props.Create<Quiet>());
        var probe = CreateTestProbe();
        probe.Watch(actor);
        probe.Unwatch(actor);
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Terminated_arrives_exactly_once_when_stop_races_with_watch()
    {
        var watcher = CreateTestProbe();
        var props = Props.Create<Quiet>();
        for (var i = 0; i < 300; i++)
        {
            var actor = Sys.ActorOf(props);
            var byPoisonPill = i % 2 == 1;
            using var go = new ManualResetEventSlim();
            var stopper = Task.Run(() =>
            {
                go.Wait();
                if (byPoisonPill) actor.Tell(PoisonPill.Instance);
                else Sys.Stop(actor);
            });
            go.Set();
            watcher.Watch(actor);
            await stopper;
            watcher.ExpectTerminated(actor);
        }
        watcher.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }
}
