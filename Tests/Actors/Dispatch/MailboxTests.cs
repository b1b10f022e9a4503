using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Dispatch;

public class MailboxTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private sealed class Blocker : ReceiveActor
    {
        public Blocker(ManualResetEventSlim gate, IActorRef probe)
        {
            Receive<string>(s => s == "block", _ =>
            {
                probe.Tell("blocked");
                gate.Wait();
            });
            Receive<string>(s => probe.Tell("handled " + s));
        }
    }

    [Fact]
    public async Task Messages_from_each_sender_arrive_in_order_and_one_at_a_time()
    {
        const int senders = 4, perSender = 20_000;
        var checker = Sys.ActorOf(Props.Create<OrderChecker>());
        var tasks = Enumerable.Range(0, senders).Select(s => Task.Run(() =>
        {
            for (var i = 0; i < perSender; i++) checker.Tell(new Numbered(s, i), ActorRefs.NoSender);
        })).ToArray();
        await Task.WhenAll(tasks);
        checker.Tell("report");
        ExpectMsg((senders * perSender, 0));
    }

    [Fact]
    public void System_messages_overtake_waiting_user_messages()
    {
        var gate = new ManualResetEventSlim();
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Blocker(gate, probe.Ref)));
        Watch(actor);
        actor.Tell("block");
        probe.ExpectMsg("blocked");
        actor.Tell("queued 1");
        actor.Tell("queued 2");
        Sys.Stop(actor);
        EventFilter.Info(contains: "was not delivered").Expect(2, () => gate.Set());
        ExpectTerminated(actor);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void System_messages_posted_from_many_threads_are_handled_once_each_in_each_posters_order()
    {
        var gate = new ManualResetEventSlim();
        var probe = CreateTestProbe();
        var watchee = (IInternalActorRef)Sys.ActorOf(Props.Create(() => new Blocker(gate, probe.Ref)));
        watchee.Tell("block");
        probe.ExpectMsg("blocked");
        // While the turn is blocked, 8 threads each post Watch then Unwatch for 25 watchers, and Watch alone for
        // 25 more: the list grows under concurrent pushes and is taken in one piece.
        var kept = new System.Collections.Concurrent.ConcurrentBag<ActorChat.TestKit.TestProbe>();
        var withdrawn = new System.Collections.Concurrent.ConcurrentBag<ActorChat.TestKit.TestProbe>();
        var probes = Enumerable.Range(0, 8 * 50).Select(_ => CreateTestProbe()).ToArray();
        // Threads of their own: the probes' waits would otherwise starve the thread pool the actors run on.
        var threads = Enumerable.Range(0, 8).Select(thread => new Thread(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                var watcher = probes[thread * 50 + i];
                watcher.Watch(watchee);
                // The probe's actor handles its requests in order: once "synced" is back, its Watch is posted.
                watcher.Ref.Tell("synced", ActorRefs.NoSender);
                watcher.ExpectMsg("synced");
                if (i % 2 == 0)
                {
                    // Withdrawn on the watchee's side only: the probe still watches, so a Watch handled after its
                    // Unwatch would show as a Terminated.
                    watchee.SendSystemMessage(new Unwatch(watchee, (IInternalActorRef)watcher.Ref));
                    withdrawn.Add(watcher);
                }
                else kept.Add(watcher);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Sys.Stop(watchee);
        gate.Set();
        foreach (var watcher in kept) Assert.Equal(watchee, watcher.ExpectMsg<Terminated>().ActorRef);
        foreach (var watcher in withdrawn) watcher.ExpectNoMsg(TimeSpan.Zero);
        foreach (var watcher in kept) watcher.ExpectNoMsg(TimeSpan.Zero);
    }
}
