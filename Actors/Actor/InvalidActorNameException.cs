namespace ActorChat.Actors;

/// <summary>An actor name is malformed, reserved, or already taken by a sibling.</summary>
public sealed class InvalidActorNameException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidActorNameException(string message) : base(message) { }
}
