namespace ActorChat.Actors;

/// <summary>Sent to an actor that received nothing for the duration given to <c>Context.SetReceiveTimeout</c>.</summary>
public sealed class ReceiveTimeout
{
    private ReceiveTimeout() { }

    /// <summary>The single instance.</summary>
    public static ReceiveTimeout Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "<ReceiveTimeout>";
}
