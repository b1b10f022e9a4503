using System.Runtime.CompilerServices;
using ActorChat.Actors;

namespace ActorChat.Tests.Server.Chat;

public sealed class ConnectionLifetimeTests() : ChatActorTestBase
{
    [Fact]
    public void A_connection_that_has_left_is_let_go_at_once_not_when_its_idle_check_comes_due()
    {
        // The idle check is scheduled idle-timeout (minutes) ahead and used to hold the actor, and through its props
        // the connection, until then: a server with connections coming and going kept every closed one that long.
        var connection = LoginAndQuit();
        // The actor's own thread may still be leaving the frame that last touched it: collect until it is gone. With
        // the idle check holding it, it never is (not for idle-timeout, 300 s).
        AwaitCondition(() => !FullCollection.KeepsAlive(connection), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100),
            "the connection stayed reachable after its actor stopped");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference LoginAndQuit()
    {
        var gone = Login("gone");
        Watch(gone.Actor);
        gone.Send("QUIT");
        gone.Lines.ExpectMsg("BYE");
        gone.Lines.ExpectMsg(FakeConnection.Closed);
        ExpectTerminated(gone.Actor);
        // The registry has forgotten it once a later request is answered; the test actor's last message is then no
        // longer the Terminated that names the actor.
        Registry.Tell(new ActorChat.Server.Chat.Messages.Echo(ReadOnlyMemory<byte>.Empty, 1), TestActor);
        ExpectMsg<ActorChat.Server.Chat.Messages.Echo>();
        return new WeakReference(gone.Connection);
    }
}
