namespace ActorChat.Actors;

/// <summary>An immutable, thread-safe handle to an actor: the only way to talk to it (Akka.NET's <c>IActorRef</c>).</summary>
public interface IActorRef : ICanTell, IEquatable<IActorRef>
{
    /// <summary>Where the actor lives in the actor hierarchy.</summary>
    ActorPath Path { get; }
}
