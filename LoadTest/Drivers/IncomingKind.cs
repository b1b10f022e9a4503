namespace ActorChat.LoadTest.Drivers;

/// <summary>What a line from the server means to the harness.</summary>
public enum IncomingKind
{
    /// <summary>Nothing the harness acts on (presence, lists, server notices, MOTD).</summary>
    Ignored,

    /// <summary>A chat message (direct or fan-out); the argument is its text.</summary>
    Message,

    /// <summary>A stored message delivered at login; the argument is its text.</summary>
    Offline,

    /// <summary>A keepalive to answer; the argument is its token.</summary>
    Ping,

    /// <summary>Login succeeded.</summary>
    LoggedIn,

    /// <summary>The fan-out channel has been joined (IRC).</summary>
    Joined,

    /// <summary>A direct message was stored for an offline name; the argument is the name.</summary>
    Queued,

    /// <summary>An error reply; the argument is the whole line.</summary>
    Error,

    /// <summary>The server is closing the connection; the argument is the whole line.</summary>
    Closing,
}
