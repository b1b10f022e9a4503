namespace ActorChat.Actors;

/// <summary>Tells a parent that its child failed with <see cref="Cause"/> and waits, suspended, for a directive.</summary>
internal sealed record Failed(IInternalActorRef Child, Exception Cause) : ISystemMessage;
