namespace ActorChat.Actors;

/// <summary>Stops the receiving actor when it reaches the front of its mailbox, after the messages sent before it.</summary>
public sealed class PoisonPill : IAutoReceivedMessage, IDeadLetterSuppression
{
    private PoisonPill() { }

    /// <summary>The single instance.</summary>
    public static PoisonPill Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "<PoisonPill>";
}
