using ActorChat.Actors;
using Xunit.Sdk;

namespace ActorChat.Tests.TestKit;

public class TestKitTests : ActorChat.TestKit.TestKit
{
    public TestKitTests() : base("actorchat.testkit.expect-timeout = 5s") { }

    private sealed class Echo : ReceiveActor
    {
        public Echo() => ReceiveAny(m => Sender.Tell(m));
    }

    [Fact]
    public void Tell_from_test_code_has_the_test_actor_as_implicit_sender()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        echo.Tell("hello");
        Assert.Equal("hello", ExpectMsg<string>());
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public async Task The_implicit_sender_survives_awaits_in_async_tests()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        await Task.Yield();
        await Task.Run(() => echo.Tell("from another thread"));
        ExpectMsg("from another thread");
    }

    [Fact]
    public void ExpectMsg_overloads_match_by_type_value_and_predicate()
    {
        TestActor.Tell(1);
        TestActor.Tell("two");
        TestActor.Tell(3);
        Assert.Equal(1, ExpectMsg<int>());
        ExpectMsg("two");
        ExpectMsg<int>(i => i == 3);
    }

    [Fact]
    public void ExpectMsg_failure_says_what_was_expected_and_what_arrived()
    {
        TestActor.Tell("surprise");
        var e = Assert.ThrowsAny<XunitException>(() => ExpectMsg<int>());
        Assert.Contains("Int32", e.Message);
        Assert.Contains("surprise", e.Message);
        Assert.Contains("String", e.Message);
    }

    [Fact]
    public void ExpectMsg_times_out_when_nothing_arrives()
    {
        var e = Assert.ThrowsAny<XunitException>(() => ExpectMsg<string>(TimeSpan.FromMilliseconds(50)));
        Assert.Contains("Timeout", e.Message);
    }

    [Fact]
    public void ExpectMsg_with_a_value_fails_on_an_unequal_message()
    {
        TestActor.Tell("b");
        Assert.ThrowsAny<XunitException>(() => ExpectMsg("a"));
    }

    [Fact]
    public void ExpectNoMsg_fails_when_a_message_arrives()
    {
        TestActor.Tell("x");
        var e = Assert.ThrowsAny<XunitException>(() => ExpectNoMsg(TimeSpan.FromMilliseconds(200)));
        Assert.Contains("<x>", e.Message);
        ExpectNoMsg(TimeSpan.FromMilliseconds(20));
    }

    [Fact]
    public void FishForMessage_skips_until_the_predicate_holds()
    {
        foreach (var i in new[] { 1, 2, 3, 4 }) TestActor.Tell(i);
        Assert.Equal(3, FishForMessage(m => m is 3));
        Assert.Equal(4, ExpectMsg<int>());
    }

    [Fact]
    public void ReceiveN_returns_messages_in_order_or_fails_when_short()
    {
        TestActor.Tell("a");
        TestActor.Tell("b");
        Assert.Equal(new object[] { "a", "b" }, ReceiveN(2));
        TestActor.Tell("c");
        var e = Assert.ThrowsAny<XunitException>(() => ReceiveN(2, TimeSpan.FromMilliseconds(100)));
        Assert.Contains("received 1", e.Message);
    }

    [Fact]
    public void Within_fails_when_the_block_takes_longer()
    {
        var e = Assert.ThrowsAny<XunitException>(() =>
            Within(TimeSpan.FromMilliseconds(50), () => ExpectNoMsg(TimeSpan.FromMilliseconds(300))));
        Assert.Contains("exceeding", e.Message);
    }

    [Fact]
    public void Within_bounds_the_default_timeout_of_expectations()
    {
        Within(TimeSpan.FromMilliseconds(500), () =>
        {
            Assert.True(RemainingOrDefault <= TimeSpan.FromMilliseconds(500));
            TestActor.Tell("in time");
            ExpectMsg("in time");
        });
    }

    [Fact]
    public void AwaitCondition_waits_until_true_and_fails_on_timeout()
    {
        var flag = 0;
        ThreadPool.QueueUserWorkItem(_ => Volatile.Write(ref flag, 1));
        AwaitCondition(() => Volatile.Read(ref flag) == 1);
        Assert.ThrowsAny<XunitException>(() => AwaitCondition(() => false, TimeSpan.FromMilliseconds(50)));
        var e = Assert.ThrowsAny<XunitException>(() => AwaitCondition(() => false, TimeSpan.FromMilliseconds(50), "the flag"));
        Assert.Contains("the flag", e.Message);
    }

    [Fact]
    public void AwaitAssert_rethrows_the_last_assertion_failure()
    {
        var e = Assert.ThrowsAny<XunitException>(() => AwaitAssert(() => Assert.Equal(1, 2), TimeSpan.FromMilliseconds(50)));
        Assert.Contains("Assert.Equal", e.Message);
    }

    [Fact]
    public void ExpectTerminated_sees_the_death_of_a_watched_actor()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        Watch(echo);
        echo.Tell(PoisonPill.Instance);
        Assert.Equal(echo, ExpectTerminated(echo).ActorRef);
    }

    [Fact]
    public void Probe_send_reply_and_forward()
    {
        var probe = CreateTestProbe();
        var other = CreateTestProbe();
        probe.Ref.Tell("question");
        Assert.Equal("question", probe.ExpectMsg<string>());
        Assert.Equal(TestActor, probe.LastSender);
        probe.Reply("answer");
        ExpectMsg("answer");
        Assert.Equal(probe.Ref, LastSender);
        probe.Forward(other.Ref);
        other.ExpectMsg("question");
        Assert.Equal(TestActor, other.LastSender);
        probe.Send(other.Ref, "direct");
        other.ExpectMsg("direct");
        Assert.Equal(probe.Ref, other.Sender);
    }

    [Fact]
    public void A_probe_is_itself_an_actor_ref_that_can_be_watched_and_stopped()
    {
        var probe = CreateTestProbe();
        IActorRef asRef = probe;
        asRef.Tell("direct");
        probe.ExpectMsg("direct");
        Assert.True(probe.Equals(probe.Ref));
        Assert.Equal(probe.Ref.Path, asRef.Path);
        Watch(probe);
        Sys.Stop(probe);
        ExpectTerminated(probe.Ref);
    }

    [Fact]
    public void Probes_have_separate_queues()
    {
        var probe = CreateTestProbe();
        probe.Ref.Tell("for the probe");
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        probe.ExpectMsg("for the probe");
    }
}
