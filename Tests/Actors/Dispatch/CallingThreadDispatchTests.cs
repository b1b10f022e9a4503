using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Dispatch;

public class CallingThreadDispatchTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>Records the thread the message ran on, then passes it on.</summary>
    private sealed class Link : ReceiveActor
    {
        public Link(int index, int[] threads, IActorRef next)
        {
            Receive<string>(message =>
            {
                threads[index] = Environment.CurrentManagedThreadId;
                next.Tell(message);
            });
        }
    }

    /// <summary>Tells the probe it started, then waits for the gate.</summary>
    private sealed class Gated : ReceiveActor
    {
        public Gated(ManualResetEventSlim gate, IActorRef probe)
        {
            Receive<string>(_ =>
            {
                probe.Tell("started");
                gate.Wait();
                probe.Tell("released");
            });
        }
    }

    /// <summary>On "start", asks the echo actor and logs before and after; logs the echo's answer when it comes.</summary>
    private sealed class Asker : ReceiveActor
    {
        public Asker(IActorRef echo, List<string> log, IActorRef probe)
        {
            Receive<string>(s => s == "start", _ =>
            {
                log.Add("start begins");
                echo.Tell("ping");
                log.Add("start ends");
            });
            Receive<string>(s => s == "ping", _ =>
            {
                log.Add("echo");
                probe.Tell("done");
            });
        }
    }

    private sealed class Echo : ReceiveActor
    {
        public Echo() => ReceiveAny(message => Sender.Tell(message));
    }

    [Fact]
    public async Task Inside_a_scope_a_chain_of_idle_actors_runs_on_the_calling_thread_up_to_the_depth_limit()
    {
        using var gate = new ManualResetEventSlim();
        var threads = new int[CallingThreadDispatch.MaxDepth];
        var chain = new List<IActorRef> { Sys.ActorOf(Props.Create(() => new Gated(gate, TestActor))) };
        for (var i = CallingThreadDispatch.MaxDepth - 1; i >= 0; i--)
        {
            var next = chain[^1];
            chain.Add(Sys.ActorOf(Props.Create(() => new Link(i, threads, next))));
        }
        chain.ForEach(AwaitIdle);

        var caller = 0;
        // The turn past the limit waits for the gate: had Tell run it too, Tell would wait, and this would time out.
        await Task.Run(() =>
        {
            caller = Environment.CurrentManagedThreadId;
            using var scope = CallingThreadDispatch.Enter();
            chain[^1].Tell("go");
        }).WaitAsync(Patience);

        Assert.All(threads, thread => Assert.Equal(caller, thread));
        ExpectMsg("started");
        gate.Set();
        ExpectMsg("released");
    }

    [Fact]
    public Task Outside_a_scope_tell_queues_the_turn() => AssertTellQueuesAsync(gated => gated.Tell("go"));

    [Fact]
    public Task Inside_a_suspended_scope_tell_queues_the_turn() => AssertTellQueuesAsync(gated =>
    {
        using var scope = CallingThreadDispatch.Enter();
        using var suspended = CallingThreadDispatch.Suspend();
        gated.Tell("go");
    });

    /// <summary>
    /// Tells an idle actor whose turn waits for a gate: had <paramref name="tell"/> run the turn itself, it would wait
    /// for the gate too, and the wait for it would time out.
    /// </summary>
    private async Task AssertTellQueuesAsync(Action<IActorRef> tell)
    {
        using var gate = new ManualResetEventSlim();
        var gated = Sys.ActorOf(Props.Create(() => new Gated(gate, TestActor)));
        AwaitIdle(gated);

        await Task.Run(() => tell(gated)).WaitAsync(Patience);

        ExpectMsg("started");
        gate.Set();
        ExpectMsg("released");
    }

    [Fact]
    public async Task An_actor_whose_turn_runs_further_up_the_thread_gets_the_answer_after_that_turn()
    {
        var log = new List<string>();
        var echo = Sys.ActorOf(Props.Create<Echo>());
        var asker = Sys.ActorOf(Props.Create(() => new Asker(echo, log, TestActor)));
        AwaitIdle(echo);
        AwaitIdle(asker);

        await Task.Run(() =>
        {
            using var scope = CallingThreadDispatch.Enter();
            asker.Tell("start");
        });

        ExpectMsg("done");
        Assert.Equal(["start begins", "start ends", "echo"], log);
    }

    /// <summary>Waits until the actor has run its first turn (its creation) and is idle, so the next can run inline.</summary>
    private void AwaitIdle(IActorRef actor) => AwaitCondition(() => ((LocalActorRef)actor).Cell.Mailbox.IsIdle);
}
