namespace ActorChat.Actors;

/// <summary>A message that reached no live actor (Akka.NET's <c>DeadLetter</c>); logged at Info, rate-limited.</summary>
public sealed class DeadLetter
{
    /// <summary>Creates the record.</summary>
    public DeadLetter(object message, IActorRef sender, IActorRef recipient)
    {
        Message = message;
        Sender = sender;
        Recipient = recipient;
    }

    /// <summary>The undelivered message.</summary>
    public object Message { get; }

    /// <summary>Who sent it (<c>DeadLetters</c> when nobody).</summary>
    public IActorRef Sender { get; }

    /// <summary>Who it was for.</summary>
    public IActorRef Recipient { get; }

    /// <inheritdoc />
    public override string ToString() => $"DeadLetter from {Sender} to {Recipient}: <{Message}>";
}
