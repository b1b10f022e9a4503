namespace ActorChat.Actors;

/// <summary>Asks <see cref="Watchee"/> to tell <see cref="Watcher"/> when it dies.</summary>
internal sealed record Watch(IInternalActorRef Watchee, IInternalActorRef Watcher) : ISystemMessage;
