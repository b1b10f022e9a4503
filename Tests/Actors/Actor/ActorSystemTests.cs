using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ActorChat.Actors;
using ActorChat.Actors.Configuration;

namespace ActorChat.Tests.Actors.Actor;

public class ActorSystemTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private sealed class Tree : ReceiveActor
    {
        private readonly string _name;
        private readonly ConcurrentQueue<string> _stops;

        public Tree(string name, int depth, ConcurrentQueue<string> stops)
        {
            _name = name;
            _stops = stops;
            if (depth > 0) Context.ActorOf(Props.Create(() => new Tree(name + "/child", depth - 1, stops)), "child");
            ReceiveAny(_ => { });
        }

        protected override void PostStop() => _stops.Enqueue(_name);
    }

    private sealed class Tracked : ReceiveActor
    {
        public Tracked(ConcurrentBag<WeakReference> instances)
        {
            instances.Add(new WeakReference(this));
            ReceiveAny(_ => { });
        }
    }

    [Fact]
    public async Task Terminate_stops_every_actor_children_first_and_completes_WhenTerminated()
    {
        var stops = new ConcurrentQueue<string>();
        Sys.ActorOf(Props.Create(() => new Tree("a", 2, stops)), "a");
        Sys.ActorOf(Props.Create(() => new Tree("b", 1, stops)), "b");
        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(Sys.WhenTerminated.IsCompletedSuccessfully);
        var order = stops.ToList();
        Assert.Equal(5, order.Count);
        Assert.True(order.IndexOf("a/child/child") < order.IndexOf("a/child"));
        Assert.True(order.IndexOf("a/child") < order.IndexOf("a"));
        Assert.True(order.IndexOf("b/child") < order.IndexOf("b"));
        Assert.Throws<InvalidOperationException>(() => Sys.ActorOf(Props.Create(() => new Tree("c", 0, stops))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-starts-with-dash")]
    [InlineData("has space")]
    [InlineData("dot.ted")]
    public void Malformed_system_names_are_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => ActorSystem.Create(name));
    }

    [Theory]
    [InlineData("actorchat.actors.throughput = 0")]
    [InlineData("actorchat.actors.ask-timeout = 0s")]
    [InlineData("actorchat.actors.scheduler-tick = 5s")]
    [InlineData("actorchat.actors.log-dead-letters-per-second = -1")]
    public void Out_of_range_settings_are_refused(string setting)
    {
        var e = Assert.Throws<ArgumentException>(() => ActorSystem.Create("bad", ConfigurationFactory.ParseString(setting)));
        Assert.Contains(setting[..setting.IndexOf(' ')], e.Message);
    }

    [Fact]
    public void Ten_thousand_actors_are_created_and_stopped_without_leaks()
    {
        var instances = new ConcurrentBag<WeakReference>();
        CreateAndStop(10_000, instances);
        AwaitCondition(() => Sys.UserActorCount == 0, TimeSpan.FromSeconds(20));
        Assert.Equal(10_000, instances.Count);
        // The parent counts a child gone when its notice arrives, which can be before the child's own thread has
        // left the frame that last touched the instance; so collect until nothing is alive. A real leak never is.
        AwaitCondition(() => FullCollection.CountAlive(instances) == 0, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(100),
            "an actor instance stayed reachable after its actor stopped");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CreateAndStop(int count, ConcurrentBag<WeakReference> instances)
    {
        var props = Props.Create(() => new Tracked(instances));
        for (var i = 0; i < count; i++)
        {
            var actor = Sys.ActorOf(props, "tracked-" + i);
            actor.Tell("work");
            actor.Tell(PoisonPill.Instance);
        }
    }
}
