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
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(IsAlive(connection));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference<object> LoginAndQuit()
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
        return new WeakReference<object>(gone.Connection);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsAlive(WeakReference<object> reference) => reference.TryGetTarget(out _);
}
