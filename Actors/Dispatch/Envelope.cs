namespace ActorChat.Actors;

/// <summary>A user message with its sender, as it waits in a mailbox. A struct, so a Tell allocates nothing.</summary>
internal readonly struct Envelope
{
    public Envelope(object message, IActorRef? sender)
    {
        Message = message;
        Sender = sender;
    }

    public object Message { get; }

    public IActorRef? Sender { get; }
}
