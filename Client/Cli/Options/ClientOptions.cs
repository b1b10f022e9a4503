namespace ActorChat.Client.Cli.Options;

/// <summary>The console client's settings: defaults, then <c>hocon/client.conf</c> (or <c>--config</c>), then options.</summary>
internal sealed record ClientOptions
{
    /// <summary>Server address.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Server port.</summary>
    public int Port { get; init; } = 5050;

    /// <summary>Name to log in with; asked for when missing (on a terminal).</summary>
    public string? Name { get; init; }

    /// <summary>The configuration file read, if any.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>When to use colours.</summary>
    public ColorMode Color { get; init; } = ColorMode.Auto;

    /// <summary>Ring the bell on a new direct message.</summary>
    public bool Bell { get; init; } = true;

    /// <summary>In script mode, how long to wait for replies after the end of input before QUIT.</summary>
    public TimeSpan Linger { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Give up connecting after this long.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>After a lost connection, connect and log in again instead of exiting.</summary>
    public bool Reconnect { get; init; }

    /// <summary>First wait before reconnecting; doubled after each failure.</summary>
    public TimeSpan ReconnectInitialDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait between reconnection attempts.</summary>
    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before giving up (0: never give up).</summary>
    public int ReconnectMaxAttempts { get; init; } = 20;

    /// <summary>Longest line the server accepts, in bytes; longer input is refused before it is sent.</summary>
    public int MaxLineBytes { get; init; } = 4096;

    /// <summary>Lines remembered for Up/Down.</summary>
    public int HistorySize { get; init; } = 500;

    /// <summary>Force script mode (plain lines, commands from standard input) even on a terminal.</summary>
    public bool Script { get; init; }
}
