namespace ActorChat.Client;

/// <summary>Why a <see cref="ChatConnection"/> ended.</summary>
public enum CloseReason
{
    /// <summary>This side sent <c>QUIT</c> and the server answered <c>BYE</c>.</summary>
    Quit,

    /// <summary>The server said <c>BYE</c> on its own (<c>shutdown</c>, <c>idle</c>, ...), or after an error that ends the session.</summary>
    ServerBye,

    /// <summary>The connection dropped without <c>BYE</c> (closed, reset, or a socket error).</summary>
    Dropped,

    /// <summary>This side disposed of the connection.</summary>
    Disposed,
}
