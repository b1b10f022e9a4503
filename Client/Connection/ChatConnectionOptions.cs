namespace ActorChat.Client;

/// <summary>Settings of a <see cref="ChatConnection"/>; the defaults suit both people and load tests.</summary>
public sealed record ChatConnectionOptions
{
    /// <summary>The defaults.</summary>
    public static ChatConnectionOptions Default { get; } = new();

    /// <summary>Connecting and reading the server's greeting must finish within this time.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary><see cref="ChatConnection.QuitAsync"/> waits this long for <c>BYE</c> and the close before giving up.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest line accepted from the server, in bytes; a longer one is skipped and counted.</summary>
    public int MaxLineBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// Events received but not yet read. When it is full the connection stops reading from the socket, so the
    /// server sees a slow reader (TCP backpressure); read the events, or make this larger.
    /// </summary>
    public int EventCapacity { get; init; } = 16 * 1024;

    /// <summary>Bytes written but not yet sent after which sends wait for the socket.</summary>
    public int SendBufferBytes { get; init; } = 1024 * 1024;

    /// <summary>Answer the server's <c>PING &lt;token&gt;</c> with <c>PONG &lt;token&gt;</c> (the event is still delivered).</summary>
    public bool AnswerPings { get; init; } = true;
}
