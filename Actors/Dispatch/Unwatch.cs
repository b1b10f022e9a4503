namespace ActorChat.Actors;

/// <summary>Withdraws a <see cref="Watch"/>.</summary>
internal sealed record Unwatch(IInternalActorRef Watchee, IInternalActorRef Watcher) : ISystemMessage;
