namespace ActorChat.Actors;

/// <summary>Raised in an actor that received <see cref="Kill"/>; the default supervisor strategy stops it.</summary>
public sealed class ActorKilledException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ActorKilledException(string message) : base(message) { }
}
