using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Dispatch;

public class MailboxTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private sealed record Numbered(int Sender, int Sequence);

    /// <summary>Checks that no two messages run at once and that each sender's numbers arrive in order.</summary>
    private sealed class OrderChecker : ReceiveActor
    {
        private readonly Dictionary<int, int> _last = [];
        private int _inside;
        private int _violations;
        private int _handled;

        public OrderChecker()
        {
            Receive<Numbered>(n =>
            {
                if (Interlocked.Increment(ref _inside) != 1) _violations++;
                var last = _last.GetValueOrDefault(n.Sender, -1);
                if (n.Sequence != last + 1) _violations++;
                _last[n.Sender] = n.Sequence;
                _handled++;
                Interlocked.Decrement(ref _inside);
            });
            Receive<string>(_ => Sender.Tell((_handled, _violations)));
        }
    }

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
}
