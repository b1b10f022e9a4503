namespace ActorChat.Actors;

/// <summary>Makes the receiving actor fail with <see cref="ActorKilledException"/>; its supervisor decides what follows (by default: stop).</summary>
public sealed class Kill : IAutoReceivedMessage
{
    private Kill() { }

    /// <summary>The single instance.</summary>
    public static Kill Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "<Kill>";
}
