namespace ActorChat.Actors;

/// <summary>Tells a watcher or parent that <see cref="Actor"/> has finished stopping.</summary>
internal sealed record DeathWatchNotification(IInternalActorRef Actor) : ISystemMessage;
