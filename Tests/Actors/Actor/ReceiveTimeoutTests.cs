using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Actor;

public class ReceiveTimeoutTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private sealed class Idle : ReceiveActor
    {
        public Idle(IActorRef probe, TimeSpan timeout)
        {
            Context.SetReceiveTimeout(timeout);
            Receive<ReceiveTimeout>(t => probe.Tell(t));
            Receive<string>(s => s == "off", _ =>
            {
                Context.SetReceiveTimeout(null);
                probe.Tell(Context.ReceiveTimeout is null ? "off" : "still on");
            });
        }
    }

    [Fact]
    public void ReceiveTimeout_arrives_after_the_idle_time_and_repeats_while_idle()
    {
        var probe = CreateTestProbe();
        Sys.ActorOf(Props.Create(() => new Idle(probe.Ref, TimeSpan.FromMilliseconds(100))));
        probe.ExpectMsg<ReceiveTimeout>();
        probe.ExpectMsg<ReceiveTimeout>();
    }

    [Fact]
    public void Switching_the_receive_timeout_off_stops_it()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Idle(probe.Ref, TimeSpan.FromMilliseconds(100))));
        probe.ExpectMsg<ReceiveTimeout>();
        actor.Tell("off");
        probe.FishForMessage(m => m is "off");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(400));
    }
}
