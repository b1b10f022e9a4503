namespace ActorChat.Client;

/// <summary>How a <see cref="ChatConnection"/> ended: <see cref="ChatConnection.Closed"/> completes with it.</summary>
/// <param name="Reason">Why.</param>
/// <param name="Detail">The reason given with <c>BYE</c>, the error that refused the login, or what the socket reported; may be null.</param>
public sealed record ConnectionClosed(CloseReason Reason, string? Detail)
{
    /// <summary>A line for people, e.g. "the server closed the connection (shutdown)".</summary>
    public override string ToString() => Reason switch
    {
        CloseReason.Quit => "left",
        CloseReason.ServerBye => "the server closed the connection" + (Detail is null ? "" : $" ({Detail})"),
        CloseReason.Dropped => "connection lost" + (Detail is null ? "" : $": {Detail}"),
        _ => "closed",
    };
}
