namespace ActorChat.Actors;

/// <summary>The reference to no actor (Akka.NET's <c>Nobody</c>): tells are dropped, watching it yields <see cref="Terminated"/>.</summary>
internal sealed class Nobody : ActorRefBase
{
    public static readonly Nobody Instance = new();

    private static readonly ActorPath NobodyPath = ActorPath.CreateRoot("all-systems").Child("Nobody");

    private Nobody() { }

    public override ActorPath Path => NobodyPath;

    public override ActorSystem? SystemOrNull => null;

    public override void Tell(object message, IActorRef? sender) { }

    public override void SendSystemMessage(ISystemMessage message) => ReplyAsDead(message);
}
