using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Actor;

public class ActorRefTests() : ActorChat.TestKit.TestKit("""
    actorchat.testkit.expect-timeout = 5s
    actorchat.actors.ask-timeout = 150ms
    """)
{
    private sealed class Echo : ReceiveActor
    {
        public Echo()
        {
            Receive<string>(s => s == "silent", _ => { });
            Receive<string>(s => s == "fail-reply", _ => Sender.Tell(new Status.Failure(new FormatException("bad"))));
            ReceiveAny(m => Sender.Tell(m));
        }
    }

    private sealed class Relay : ReceiveActor
    {
        public Relay(IActorRef target) => ReceiveAny(m => target.Forward(m));
    }

    [Fact]
    public void Forward_keeps_the_original_sender()
    {
        var probe = CreateTestProbe();
        var relay = Sys.ActorOf(Props.Create(() => new Relay(probe.Ref)));
        relay.Tell("hop");
        probe.ExpectMsg("hop");
        Assert.Equal(TestActor, probe.LastSender);
    }

    [Fact]
    public async Task Ask_returns_the_reply()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        Assert.Equal(42, await echo.Ask<int>(42, TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task Ask_fails_with_AskTimeoutException_after_the_given_timeout()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        var e = await Assert.ThrowsAsync<AskTimeoutException>(() => echo.Ask<string>("silent", TimeSpan.FromMilliseconds(100)));
        Assert.Contains("100 ms", e.Message);
    }

    [Fact]
    public async Task Ask_without_timeout_uses_the_configured_ask_timeout()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        var e = await Assert.ThrowsAsync<AskTimeoutException>(() => echo.Ask<string>("silent"));
        Assert.Contains("150 ms", e.Message);
    }

    [Fact]
    public async Task Ask_answered_with_Status_Failure_fails_with_its_cause()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        var e = await Assert.ThrowsAsync<FormatException>(() => echo.Ask<string>("fail-reply", TimeSpan.FromSeconds(3)));
        Assert.Equal("bad", e.Message);
    }

    [Fact]
    public async Task Ask_answered_with_another_type_fails_with_InvalidCastException()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        await Assert.ThrowsAsync<InvalidCastException>(() => echo.Ask<int>("text", TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void Telling_null_is_refused()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        Assert.Throws<InvalidMessageException>(() => echo.Tell(null!, ActorRefs.NoSender));
    }

    [Fact]
    public void Nobody_drops_messages_and_reports_Terminated_to_watchers()
    {
        ActorRefs.Nobody.Tell("lost");
        Watch(ActorRefs.Nobody);
        ExpectTerminated(ActorRefs.Nobody);
    }

    [Fact]
    public void Reply_to_a_message_without_sender_goes_to_dead_letters()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>());
        EventFilter.Info(contains: "was not delivered").ExpectOne(() => echo.Tell("x", ActorRefs.NoSender));
    }

    [Fact]
    public void Paths_name_the_hierarchy()
    {
        var echo = Sys.ActorOf(Props.Create<Echo>(), "echo");
        Assert.Equal("echo", echo.Path.Name);
        Assert.Equal("akka://test/user/echo", echo.Path.ToString());
        Assert.Equal(["user", "echo"], echo.Path.Elements);
        Assert.Equal("/user/echo", echo.Path.ToStringWithoutAddress());
    }
}
