using ActorChat.Actors;

namespace ActorChat.Tests.Actors;

/// <summary>Code written the way Akka.NET code is written (only the usings differ), to keep the API shape honest.</summary>
public class AkkaStyleUsageTests() : ActorChat.TestKit.TestKit("actorchat.testkit.expect-timeout = 5s")
{
    public sealed record Join(string Name);

    public sealed record Joined(string Name, int Members);

    public sealed record Left(string Name);

    public sealed record Slow(string Text);

    private sealed class Room : ReceiveActor
    {
        private readonly ILoggingAdapter _log = Context.GetLogger();
        private readonly Dictionary<IActorRef, string> _members = new();
        private ICancelable? _tick;

        public Room(IActorRef audit)
        {
            Receive<Join>(join =>
            {
                _members[Sender] = join.Name;
                Context.Watch(Sender);
                _log.Info("{Name} joined", join.Name);
                Sender.Tell(new Joined(join.Name, _members.Count), Self);
            });
            Receive<Terminated>(t =>
            {
                if (_members.Remove(t.ActorRef, out var name)) audit.Tell(new Left(name));
            });
            ReceiveAsync<Slow>(async slow =>
            {
                await Task.Yield();
                Sender.Tell(slow.Text.ToUpperInvariant());
            });
            Receive<string>(s => s == "tick", _ => audit.Tell("tick"));
            ReceiveAny(m => Unhandled(m));
        }

        protected override void PreStart() =>
            _tick = Context.System.Scheduler.ScheduleTellRepeatedlyCancelable(
                TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20), Self, "tick", ActorRefs.NoSender);

        protected override void PostStop() => _tick?.Cancel();

        protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(
            maxNrOfRetries: 10,
            withinTimeRange: TimeSpan.FromMinutes(1),
            localOnlyDecider: ex => ex switch
            {
                ArgumentException => Directive.Resume,
                _ => Directive.Restart,
            });
    }

    [Fact]
    public async Task A_room_written_like_an_Akka_actor_works()
    {
        var audit = CreateTestProbe();
        var room = Sys.ActorOf(Props.Create(() => new Room(audit.Ref)), "room");
        var member = CreateTestProbe();
        member.Send(room, new Join("ann"));
        Assert.Equal(new Joined("ann", 1), member.ExpectMsg<Joined>());
        Assert.Equal("SHOUT", await room.Ask<string>(new Slow("shout"), TimeSpan.FromSeconds(5)));
        audit.FishForMessage(m => m is "tick");
        Sys.Stop(member.Ref);
        audit.FishForMessage(m => m is Left { Name: "ann" });
        Watch(room);
        room.Tell(PoisonPill.Instance);
        ExpectTerminated(room);
    }
}
