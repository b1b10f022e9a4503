using ActorChat.Actors;
using Xunit.Sdk;

namespace ActorChat.Tests.TestKit;

public class EventFilterTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private sealed class Thrower : ReceiveActor
    {
        public Thrower()
        {
            Receive<string>(s => throw new InvalidOperationException(s));
            Receive<int>(i => Context.GetLogger().Info("info number {Number}", i));
        }
    }

    [Fact]
    public void Exception_filter_sees_an_actor_failure_logged_with_its_exception()
    {
        var actor = Sys.ActorOf(Props.Create<Thrower>());
        EventFilter.Exception<InvalidOperationException>(contains: "kaboom").ExpectOne(() => actor.Tell("kaboom"));
    }

    [Fact]
    public void Exception_filter_fails_when_nothing_is_logged()
    {
        var e = Assert.ThrowsAny<XunitException>(() =>
            EventFilter.Exception<InvalidOperationException>().ExpectOne(TimeSpan.FromMilliseconds(100), () => { }));
        Assert.Contains("but 0 arrived", e.Message);
    }

    [Fact]
    public void Expect_fails_when_too_many_entries_match()
    {
        var actor = Sys.ActorOf(Props.Create<Thrower>());
        var e = Assert.ThrowsAny<XunitException>(() => EventFilter.Info(start: "info number").ExpectOne(() =>
        {
            actor.Tell(1);
            actor.Tell(2);
            actor.Tell("sync");
            // the failure of "sync" is logged after both infos, so both have arrived when it has
            EventFilter.Exception<InvalidOperationException>().ExpectOne(() => { });
        }));
        Assert.Contains("but 2 arrived", e.Message);
    }

    [Fact]
    public void Info_filter_matches_on_text_and_source()
    {
        var actor = Sys.ActorOf(Props.Create<Thrower>(), "speaker");
        EventFilter.Info(message: "info number 7", source: actor.Path.ToString()).ExpectOne(() => actor.Tell(7));
        EventFilter.Info(contains: "number 8").Expect(2, () =>
        {
            actor.Tell(8);
            actor.Tell(8);
        });
    }
}
