using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Actor;

public class PropsTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    private sealed class Numbered(int number) : UntypedActor
    {
        public int Number { get; } = number;

        protected override void OnReceive(object message)
        {
            if (message is "boom") throw new InvalidOperationException("boom");
            Sender.Tell(Number);
        }
    }

    private sealed class CountingProducer(IActorRef probe, Type? actorType = null) : IIndirectActorProducer
    {
        private int _made;

        public Type ActorType { get; } = actorType ?? typeof(Numbered);

        public ActorBase Produce() => new Numbered(++_made);

        public void Release(ActorBase actor) => probe.Tell("released " + ((Numbered)actor).Number);
    }

    [Fact]
    public void CreateBy_builds_every_instance_with_the_producer_and_releases_each_when_it_is_done_with()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.CreateBy(new CountingProducer(probe.Ref)));
        Watch(actor);
        actor.Tell("which");
        ExpectMsg(1);

        EventFilter.Exception<InvalidOperationException>(contains: "boom").ExpectOne(() => actor.Tell("boom"));
        probe.ExpectMsg("released 1");
        actor.Tell("which");
        ExpectMsg(2);

        Sys.Stop(actor);
        probe.ExpectMsg("released 2");
        ExpectTerminated(actor);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void CreateBy_refuses_a_producer_whose_type_is_not_an_actor()
    {
        var probe = CreateTestProbe();
        var e = Assert.Throws<ArgumentException>(() => Props.CreateBy(new CountingProducer(probe.Ref, typeof(string))));
        Assert.Contains("System.String", e.Message);
    }

    [Fact]
    public void Props_made_by_a_producer_name_its_actor_type()
    {
        var props = Props.CreateBy(new CountingProducer(CreateTestProbe().Ref));
        Assert.Equal(typeof(Numbered), props.Type);
        Assert.Equal(typeof(Numbered), props.WithSupervisorStrategy(SupervisorStrategy.StoppingStrategy).Type);
    }
}
