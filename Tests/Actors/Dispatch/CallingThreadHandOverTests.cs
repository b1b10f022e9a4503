using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Dispatch;

/// <summary>
/// A message told inside a <see cref="CallingThreadDispatch"/> scope to an idle actor is handed to its turn directly,
/// without the queue. With a throughput of 1 every turn ends with messages still queued, which is when a handed-over
/// message could overtake them.
/// </summary>
public class CallingThreadHandOverTests() : ActorChat.TestKit.TestKit("""
    actorchat.testkit.expect-timeout = 5s
    actorchat.actors.throughput = 1
    """)
{
    [Fact]
    public void Messages_told_inside_and_outside_scopes_arrive_in_each_senders_order_and_one_at_a_time()
    {
        // Three senders inside a scope hand the actor their message whenever it is idle, the fourth queues it; all
        // start at once and race for its turns throughout.
        const int senders = 4, perSender = 20_000;
        var checker = Sys.ActorOf(Props.Create<OrderChecker>());
        using var start = new Barrier(senders);
        var threads = Enumerable.Range(0, senders).Select(s => new Thread(() =>
        {
            using var scope = s < senders - 1 ? CallingThreadDispatch.Enter() : CallingThreadDispatch.Suspend();
            start.SignalAndWait();
            for (var i = 0; i < perSender; i++) checker.Tell(new Numbered(s, i), ActorRefs.NoSender);
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        checker.Tell("report");
        ExpectMsg((senders * perSender, 0));
    }

    /// <summary>Awaits in every message, so it is suspended while its continuations come back from the pool.</summary>
    private sealed class Awaiter : ReceiveActor
    {
        private int _handled;

        public Awaiter()
        {
            ReceiveAsync<int>(async _ =>
            {
                await Task.Yield();
                _handled++;
            });
            Receive<string>(_ => Sender.Tell(_handled));
        }
    }

    [Fact]
    public async Task Messages_told_inside_a_scope_to_an_actor_that_awaits_in_each_are_all_handled()
    {
        // Each message suspends the actor until its continuation, posted from the pool, has run. A hand-over that
        // claimed the actor's turn and let it go unrun would strand a continuation posted meanwhile, and the actor
        // would wait for it for ever.
        const int messages = 20_000;
        var awaiter = Sys.ActorOf(Props.Create<Awaiter>());
        await Task.Run(() =>
        {
            using var scope = CallingThreadDispatch.Enter();
            for (var i = 0; i < messages; i++) awaiter.Tell(i, ActorRefs.NoSender);
        });
        awaiter.Tell("count");
        ExpectMsg(messages, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_message_told_inside_a_scope_to_a_stopped_actor_is_a_dead_letter()
    {
        var actor = Sys.ActorOf(Props.Create<OrderChecker>());
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);
        EventFilter.Info(contains: "was not delivered").ExpectOne(() =>
        {
            using var scope = CallingThreadDispatch.Enter();
            actor.Tell("late");
        });
    }
}
