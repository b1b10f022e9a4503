namespace ActorChat.Actors;

/// <summary>A message cannot be sent (e.g. it is null).</summary>
public sealed class InvalidMessageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidMessageException(string message) : base(message) { }
}
