namespace ActorChat.Actors;

/// <summary>The supervisor's Restart directive: replace the actor instance, keeping the mailbox.</summary>
internal sealed record Recreate(Exception Cause) : ISystemMessage;
