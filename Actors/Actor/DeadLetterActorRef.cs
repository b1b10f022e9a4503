namespace ActorChat.Actors;

/// <summary>Where undeliverable messages go (<c>system.DeadLetters</c>): each is logged, rate-limited.</summary>
internal sealed class DeadLetterActorRef(ActorSystem system, ActorPath path) : ActorRefBase
{
    public override ActorPath Path { get; } = path;

    public override ActorSystem? SystemOrNull => system;

    public override void Tell(object message, IActorRef? sender)
    {
        if (message is null) throw new InvalidMessageException("Message is null.");
        if (message is DeadLetter d) system.PublishDeadLetter(d.Message, d.Sender, d.Recipient);
        else system.PublishDeadLetter(message, sender, this);
    }

    public override void SendSystemMessage(ISystemMessage message) => ReplyAsDead(message);
}
