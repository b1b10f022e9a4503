using ActorChat.Actors;
using ActorChat.Server.Chat.Messages;
using ActorChat.Server.Configuration;

namespace ActorChat.Tests.Server.Chat;

public sealed class ConnectionActorTests : ChatActorTestBase
{
    [Fact]
    public void Lines_that_arrive_while_the_login_is_decided_are_handled_after_it_in_order()
    {
        var alice = Open();
        alice.Send("HELLO alice");
        alice.Send("PING 1");
        alice.Send("LIST");
        alice.Send("PING 2");
        alice.Lines.ExpectMsg("HI alice");
        alice.Lines.ExpectMsg("LIST alice");
        alice.Lines.ExpectMsg("ALONE");
        alice.Lines.ExpectMsg("PONG 1");
        alice.Lines.ExpectMsg("LIST alice");
        alice.Lines.ExpectMsg("PONG 2");
    }

    [Fact]
    public void An_own_answer_waits_for_the_registry_answers_owed_to_earlier_lines()
    {
        var alice = Login("alice");
        alice.Send("MSG ghost boo");
        alice.Send("PING after");
        alice.Send("WHOELSE");
        alice.Send("HELP");
        alice.Lines.ExpectMsg("ERR no-such-user ghost");
        alice.Lines.ExpectMsg("PONG after");
        alice.Lines.ExpectMsg("WHOELSE");
        Assert.StartsWith("HELP ", alice.Lines.ExpectMsg<string>());
    }

    [Fact]
    public void QUIT_after_a_pending_answer_says_BYE_last()
    {
        var alice = Login("alice");
        alice.Send("MSG ghost boo");
        alice.Send("QUIT");
        alice.Lines.ExpectMsg("ERR no-such-user ghost");
        alice.Lines.ExpectMsg("BYE");
        alice.Lines.ExpectMsg(FakeConnection.Closed);
    }

    [Fact]
    public void Each_handled_line_is_reported_to_the_read_loop()
    {
        var alice = Login("alice");
        alice.Send("PING a");
        alice.Send("PING b");
        alice.Actor.Tell(ClientSignal.RateLimited, ActorRefs.NoSender);
        alice.Lines.ExpectMsg("PONG a");
        alice.Lines.ExpectMsg("PONG b");
        alice.Lines.ExpectMsg("ERR rate-limited");
        Assert.Equal(4, alice.Connection.InboundHandledCount);
    }

    [Fact]
    public void A_MSG_or_BROADCAST_line_is_reported_to_the_read_loop_once_by_the_registry_routing_it()
    {
        var (alice, bob, _) = LoginThree();
        bob.Send("MSG alice one");
        bob.Send("BROADCAST two");
        bob.Send("PING three");
        alice.Lines.ExpectMsg("MSG bob one");
        alice.Lines.ExpectMsg("BROADCAST bob two");
        bob.Lines.ExpectMsg("PONG three");
        // HELLO, MSG, BROADCAST, PING: the registry had routed both before alice saw them, and bob's actor had
        // handled all four before PONG, so the count is final here.
        Assert.Equal(4, bob.Connection.InboundHandledCount);
    }

    [Fact]
    public void Output_over_max_outbound_bytes_drops_the_connection_as_a_slow_consumer()
    {
        var (alice, bob) = LoginTwo("alice", "bob");
        alice.Connection.Overflowed = true;
        bob.Send("MSG alice one too many");
        alice.Lines.ExpectMsg(FakeConnection.Aborted);
        bob.Lines.ExpectMsg("LEFT alice");
        AwaitCondition(() => Log.Lines.Any(l => l.StartsWith("left: ", StringComparison.Ordinal) && l.EndsWith("as alice: slow-consumer")));
    }

    [Fact]
    public void A_client_dropped_for_overflow_while_flooding_leaves_for_rate_limit()
    {
        var alice = Login("alice");
        alice.Actor.Tell(ClientSignal.RateLimited, ActorRefs.NoSender);
        alice.Lines.ExpectMsg("ERR rate-limited");
        alice.Connection.Overflowed = true;
        alice.Actor.Tell(ClientSignal.RateLimited, ActorRefs.NoSender);
        alice.Lines.ExpectMsg(FakeConnection.Aborted);
        AwaitCondition(() => Log.Lines.Any(l => l.StartsWith("left: ", StringComparison.Ordinal) && l.EndsWith("as alice: rate-limit")));
        Assert.Contains(Log.Lines, l => l.StartsWith("slow-consumer: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Operators_see_logged_in_and_left_with_the_reason()
    {
        var alice = Login("alice");
        alice.Send("QUIT");
        alice.Lines.ExpectMsg("BYE");
        AwaitCondition(() => Log.Lines.Any(l => l.StartsWith("left: ", StringComparison.Ordinal) && l.EndsWith("as alice: quit")));
        Assert.Contains(Log.Lines, l => l.StartsWith("logged-in: ", StringComparison.Ordinal) && l.EndsWith("as alice"));
    }
}

public sealed class ConnectionActorIdleTests() : ChatActorTestBase(new ServerSettings
{
    IdleTimeout = TimeSpan.FromMilliseconds(100),
    PingTimeout = TimeSpan.FromMilliseconds(100),
})
{
    [Fact]
    public void Silence_gets_PING_then_BYE_idle_and_LEFT_for_the_others()
    {
        // As far as its connection can tell, the watcher last sent something ten seconds from now.
        var watcher = Open(System.Diagnostics.Stopwatch.GetTimestamp() + 10 * System.Diagnostics.Stopwatch.Frequency);
        watcher.Send("HELLO watcher");
        watcher.Lines.ExpectMsg("HI watcher");
        var sleepy = Open();
        sleepy.Send("HELLO sleepy");
        sleepy.Lines.FishForMessage<string>(l => l.StartsWith("PING ", StringComparison.Ordinal));
        sleepy.Lines.FishForMessage<string>(l => l == "BYE idle");
        sleepy.Lines.ExpectMsg(FakeConnection.Closed);
        watcher.Lines.FishForMessage<string>(l => l == "JOINED sleepy");
        watcher.Lines.ExpectMsg("LEFT sleepy");
    }
}
