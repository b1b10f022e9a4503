namespace ActorChat.Actors;

/// <summary>Creates actors: the actor system (top-level actors) and an actor's context (children).</summary>
public interface IActorRefFactory
{
    /// <summary>Creates and starts an actor from <paramref name="props"/>; a null <paramref name="name"/> gets a generated one.</summary>
    /// <exception cref="InvalidActorNameException">The name is malformed or a sibling already has it.</exception>
    IActorRef ActorOf(Props props, string? name = null);
}
