namespace ActorChat.Actors;

/// <summary>The kernel's side of an actor reference: system messages and liveness.</summary>
internal interface IInternalActorRef : IActorRef
{
    /// <summary>Delivers a system message, ahead of user messages.</summary>
    void SendSystemMessage(ISystemMessage message);

    /// <summary>The system this reference belongs to, when it belongs to one.</summary>
    ActorSystem? SystemOrNull { get; }
}
