namespace ActorChat.Actors;

/// <summary>An actor could not be created or started (constructor, <c>PreStart</c> or <c>PostRestart</c> threw);
/// the default supervisor strategy stops it.</summary>
public class ActorInitializationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ActorInitializationException(string message) : base(message) { }

    /// <summary>Creates the exception for <paramref name="actor"/> with the underlying cause.</summary>
    public ActorInitializationException(IActorRef? actor, string message, Exception? cause)
        : base(actor is null ? message : $"{actor.Path}: {message}", cause) => Actor = actor;

    /// <summary>The actor that failed to initialise, when known.</summary>
    public IActorRef? Actor { get; }
}
