namespace ActorChat.Actors;

/// <summary>
/// The parent of the root guardian (Akka's "TheOneWhoWalksTheBubblesOfSpaceTime"): a failure reaching it stops the
/// root, and the root's death completes the system's termination.
/// </summary>
internal sealed class SystemBottomRef(ActorSystem system, ActorPath path) : ActorRefBase
{
    public override ActorPath Path { get; } = path;

    public override ActorSystem? SystemOrNull => system;

    public override void Tell(object message, IActorRef? sender) => system.PublishDeadLetter(message, sender, this);

    public override void SendSystemMessage(ISystemMessage message)
    {
        switch (message)
        {
            case Failed f:
                system.LogFailure(f.Child, f.Cause, "guardian failed; stopping the actor system");
                f.Child.SendSystemMessage(Terminate.Instance);
                break;
            case DeathWatchNotification:
                system.OnRootTerminated();
                break;
        }
    }
}
