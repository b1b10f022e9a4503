using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Actor;

public class ReceiveAsyncTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private sealed class Gated : ReceiveActor
    {
        public Gated(Task gate, IActorRef probe)
        {
            ReceiveAsync<string>(async s =>
            {
                probe.Tell("start " + s);
                await gate;
                // After the await we are back inside the actor: Sender, Self and Context still work.
                Sender.Tell("end " + s);
                probe.Tell(Context.Self.Equals(Self) ? "context ok" : "context lost");
            });
            Receive<int>(i => probe.Tell(i));
        }
    }

    private sealed class FailsAfterAwait : ReceiveActor
    {
        public FailsAfterAwait(IActorRef probe)
        {
            probe.Tell("created");
            ReceiveAsync<string>(async s =>
            {
                await Task.Yield();
                throw new FormatException(s);
            });
            Receive<int>(i => probe.Tell(i));
        }
    }

    [Fact]
    public void ReceiveAsync_processes_nothing_else_until_its_task_completes()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Gated(gate.Task, probe.Ref)));
        actor.Tell("a");
        actor.Tell(1);
        actor.Tell("b");
        probe.ExpectMsg("start a");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
        gate.SetResult();
        ExpectMsg("end a");
        probe.ExpectMsg("context ok");
        probe.ExpectMsg(1);
        probe.ExpectMsg("start b");
        ExpectMsg("end b");
        probe.ExpectMsg("context ok");
    }

    [Fact]
    public void A_faulted_task_fails_the_actor_like_a_thrown_exception()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new FailsAfterAwait(probe.Ref)));
        probe.ExpectMsg("created");
        EventFilter.Exception<FormatException>(contains: "async boom").ExpectOne(() => actor.Tell("async boom"));
        probe.ExpectMsg("created");
        actor.Tell(7);
        probe.ExpectMsg(7);
    }

    [Fact]
    public void Stopping_an_actor_while_it_awaits_completes_the_stop()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Gated(gate.Task, probe.Ref)));
        Watch(actor);
        actor.Tell("a");
        probe.ExpectMsg("start a");
        Sys.Stop(actor);
        ExpectTerminated(actor);
        gate.SetResult();
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }
}
