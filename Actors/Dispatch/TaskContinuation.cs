namespace ActorChat.Actors;

/// <summary>A continuation of an actor's async handler, run inside the actor like a message.</summary>
internal sealed record TaskContinuation(SendOrPostCallback Callback, object? State, ActorBase Instance) : ISystemMessage;
