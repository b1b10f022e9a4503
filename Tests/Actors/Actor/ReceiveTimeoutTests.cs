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
            Receive<INotInfluenceReceiveTimeout>(_ => { });
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

    private sealed class Tick : INotInfluenceReceiveTimeout
    {
        public static readonly Tick Instance = new();
    }

    [Fact]
    public void Messages_marked_INotInfluenceReceiveTimeout_do_not_postpone_it()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Idle(probe.Ref, TimeSpan.FromMilliseconds(500))));
        // Ticks every 10 ms would keep an ordinary actor busy forever (unless the machine stalls for 500 ms).
        var ticks = Sys.Scheduler.ScheduleTellRepeatedlyCancelable(TimeSpan.Zero, TimeSpan.FromMilliseconds(10), actor, Tick.Instance, null);
        try
        {
            probe.ExpectMsg<ReceiveTimeout>();
        }
        finally
        {
            ticks.Cancel();
        }
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
