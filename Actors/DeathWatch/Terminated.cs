namespace ActorChat.Actors;

/// <summary>Delivered exactly once to each watcher of an actor when that actor has stopped (Akka.NET's <c>Terminated</c>).
/// An actor that watches another and does not handle this fails with <see cref="DeathPactException"/>.</summary>
public sealed class Terminated : IAutoReceivedMessage
{
    /// <summary>Creates the notification for <paramref name="actorRef"/>.</summary>
    public Terminated(IActorRef actorRef) => ActorRef = actorRef;

    /// <summary>The actor that stopped.</summary>
    public IActorRef ActorRef { get; }

    /// <inheritdoc />
    public override string ToString() => $"<Terminated>: {ActorRef}";
}
