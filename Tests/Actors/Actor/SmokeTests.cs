using ActorChat.Actors;
using ActorChat.Actors.Configuration;

namespace ActorChat.Tests.Actors.Actor;

public class SmokeTests
{
    private sealed class Echo : ReceiveActor
    {
        public Echo()
        {
            Receive<string>(s => Sender.Tell("echo:" + s));
            Receive<int>(i => throw new InvalidOperationException("boom " + i));
        }
    }

    [Fact]
    public async Task Ask_round_trip_works()
    {
        using var sys = ActorSystem.Create("smoke");
        var echo = sys.ActorOf(Props.Create<Echo>(), "echo");
        var reply = await echo.Ask<string>("hi", TimeSpan.FromSeconds(3));
        Assert.Equal("echo:hi", reply);
        echo.Tell(1);
        reply = await echo.Ask<string>("again", TimeSpan.FromSeconds(3));
        Assert.Equal("echo:again", reply);
        await sys.Terminate();
    }
}
