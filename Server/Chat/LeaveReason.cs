namespace ActorChat.Server.Chat;

/// <summary>Why a connection ended; logged with the <c>left</c> event as a lower-case word.</summary>
public enum LeaveReason
{
    /// <summary>The client sent <c>QUIT</c>.</summary>
    Quit,

    /// <summary>The client closed the connection, or it broke.</summary>
    Dropped,

    /// <summary>No answer to the server's <c>PING</c> within <c>ping-timeout</c>: <c>BYE idle</c>.</summary>
    Idle,

    /// <summary>Unsent output exceeded <c>max-outbound-bytes</c>.</summary>
    SlowConsumer,

    /// <summary>
    /// The client kept sending over <c>max-lines-per-second</c> without reading its <c>ERR rate-limited</c> answers
    /// until they exceeded <c>max-outbound-bytes</c>.
    /// </summary>
    RateLimit,

    /// <summary>The server is stopping: <c>BYE shutdown</c>.</summary>
    Shutdown,

    /// <summary>Refused at <c>HELLO</c>: <c>ERR name-taken</c> or <c>ERR server-full</c>.</summary>
    Refused,

    /// <summary>The connection's actor failed and was stopped by its supervisor.</summary>
    Error,
}

/// <summary>The words operators see for <see cref="LeaveReason"/>.</summary>
public static class LeaveReasonExtensions
{
    /// <summary>The reason as logged: quit, dropped, idle, slow-consumer, rate-limit, shutdown, refused, error.</summary>
    public static string ToWord(this LeaveReason reason) => reason switch
    {
        LeaveReason.Quit => "quit",
        LeaveReason.Dropped => "dropped",
        LeaveReason.Idle => "idle",
        LeaveReason.SlowConsumer => "slow-consumer",
        LeaveReason.RateLimit => "rate-limit",
        LeaveReason.Shutdown => "shutdown",
        LeaveReason.Refused => "refused",
        LeaveReason.Error => "error",
        _ => reason.ToString(),
    };
}
