namespace ActorChat.Actors;

/// <summary>The reference to an actor of this process: a Tell is one enqueue into its mailbox.</summary>
internal sealed class LocalActorRef : ActorRefBase
{
    public LocalActorRef(ActorCell cell, ActorPath path)
    {
        Cell = cell;
        Path = path;
    }

    public ActorCell Cell { get; }

    public override ActorPath Path { get; }

    public override ActorSystem? SystemOrNull => Cell.System;

    public override void Tell(object message, IActorRef? sender)
    {
        if (message is null) throw new InvalidMessageException("Message is null.");
        Cell.Mailbox.Post(new Envelope(message, sender));
    }

    public override void SendSystemMessage(ISystemMessage message) => Cell.Mailbox.PostSystem(message);
}
