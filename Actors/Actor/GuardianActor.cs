namespace ActorChat.Actors;

/// <summary>The /user and /system guardians: parents of top-level actors, supervising them with the default strategy.</summary>
internal sealed class GuardianActor : ActorBase
{
    protected override bool Receive(object message) => message is not Terminated;
}
