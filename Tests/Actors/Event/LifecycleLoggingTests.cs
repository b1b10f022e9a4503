using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Event;

public class LifecycleLoggingTests() : ActorChat.TestKit.TestKit("""
    actorchat.testkit.expect-timeout = 5s
    actorchat.actors.log-lifecycle = on
    """)
{
    private sealed class Fragile : ReceiveActor
    {
        public Fragile() => Receive<string>(s => throw new InvalidOperationException(s));
    }

    [Fact]
    public void Start_restart_and_stop_are_logged_at_Debug()
    {
        IActorRef actor = ActorRefs.Nobody;
        EventFilter.Debug(start: "started (", source: "akka://test/user/fragile").ExpectOne(() =>
            actor = Sys.ActorOf(Props.Create<Fragile>(), "fragile"));
        EventFilter.Debug(start: "restarted", source: actor.Path.ToString()).ExpectOne(() => actor.Tell("boom"));
        EventFilter.Debug(message: "stopped", source: actor.Path.ToString()).ExpectOne(() => Sys.Stop(actor));
    }
}

public class LifecycleLoggingOffTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    [Fact]
    public void Lifecycle_is_not_logged_by_default()
    {
        EventFilter.Debug(start: "started").Expect(0, TimeSpan.FromMilliseconds(200), () => Sys.ActorOf(Props.Create<Quiet>()));
    }
}
