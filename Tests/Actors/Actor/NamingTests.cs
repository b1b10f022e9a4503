using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Actor;

public class NamingTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    /// <summary>Stops its child "x" and tries to reuse the name at once, then again once Terminated arrived.</summary>
    private sealed class Reuser : ReceiveActor
    {
        private IActorRef _child;

        public Reuser()
        {
            _child = Context.Watch(Context.ActorOf(Props.Create<Quiet>(), "x"));
            Receive<string>(s => s == "stop-and-reuse", _ =>
            {
                Context.Stop(_child);
                try
                {
                    Context.ActorOf(Props.Create<Quiet>(), "x");
                    Sender.Tell("reused too early");
                }
                catch (InvalidActorNameException)
                {
                    Sender.Tell("still taken");
                }
            });
            Receive<Terminated>(_ => _child = Context.ActorOf(Props.Create<Quiet>(), "x"));
            Receive<string>(s => s == "child", _ => Sender.Tell(Context.Child("x")));
        }
    }

    [Fact]
    public void Sibling_names_are_unique()
    {
        Sys.ActorOf(Props.Create<Quiet>(), "same");
        var e = Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<Quiet>(), "same"));
        Assert.Contains("same", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("$reserved")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("ünicode")]
    public void Malformed_names_are_refused(string name)
    {
        Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<Quiet>(), name));
    }

    [Fact]
    public void Generated_names_are_unique()
    {
        var names = Enumerable.Range(0, 200).Select(_ => Sys.ActorOf(Props.Create<Quiet>()).Path.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.StartsWith("$", n));
    }

    [Fact]
    public void A_top_level_name_is_free_again_once_Terminated_was_delivered()
    {
        var first = Sys.ActorOf(Props.Create<Quiet>(), "reusable");
        Watch(first);
        Sys.Stop(first);
        ExpectTerminated(first);
        AwaitCondition(() => Sys.UserActorCount == 0);
        var second = Sys.ActorOf(Props.Create<Quiet>(), "reusable");
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_child_name_stays_taken_while_stopping_and_is_reusable_after_Terminated()
    {
        var parent = Sys.ActorOf(Props.Create<Reuser>());
        parent.Tell("child");
        var before = ExpectMsg<IActorRef>();
        parent.Tell("stop-and-reuse");
        ExpectMsg("still taken");
        AwaitAssert(() =>
        {
            parent.Tell("child");
            var now = ExpectMsg<IActorRef>();
            Assert.NotEqual(ActorRefs.Nobody, now);
            Assert.NotEqual(before, now);
            Assert.Equal("x", now.Path.Name);
        });
    }
}
