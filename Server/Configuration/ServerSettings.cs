using System.Net;
using ActorChat.Actors.Configuration;

namespace ActorChat.Server.Configuration;

/// <summary>
/// The server's settings, read once from the <c>actorchat.server</c> block of the configuration. Defaults are the
/// spec's; a missing key falls back to them, a malformed value fails at start-up with the key in the message.
/// </summary>
public sealed record ServerSettings
{
    /// <summary>The HOCON path of the block these settings come from.</summary>
    public const string Path = "actorchat.server";

    /// <summary>Address to listen on.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port to listen on; 0 picks a free port.</summary>
    public int Port { get; init; } = 5050;

    /// <summary>Logged-in clients beyond this many get <c>ERR server-full</c>.</summary>
    public int MaxClients { get; init; } = 10_000;

    /// <summary>Open TCP connections (logged in or not) beyond this many are refused right after accept.</summary>
    public int MaxConnections { get; init; } = 12_000;

    /// <summary>Longest accepted line in bytes, without the LF.</summary>
    public int MaxLineBytes { get; init; } = 4096;

    /// <summary>Silence from a client after which the server sends <c>PING</c>.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Further silence after the server's <c>PING</c> before <c>BYE idle</c> and disconnect.</summary>
    public TimeSpan PingTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Unsent output beyond which a slow reader is disconnected.</summary>
    public long MaxOutboundBytes { get; init; } = 4L * 1024 * 1024;

    /// <summary>Token bucket per connection: capacity, and refill per second.</summary>
    public int MaxLinesPerSecond { get; init; } = 1000;

    /// <summary>Where stored messages live, relative to the working directory.</summary>
    public string DataDir { get; init; } = "data";

    /// <summary>How long a graceful stop waits for connections to flush their last lines before closing them hard.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether logins and logouts are announced: <c>JOINED</c>/<c>LEFT</c> to everyone, and <c>LIST</c> (and
    /// <c>ALONE</c>) to the newcomer. Off makes a login cost O(1) instead of O(clients); see docs/protocol.md.
    /// </summary>
    public bool AnnouncePresence { get; init; } = true;

    /// <summary>
    /// Whether a full compacting collection runs once the server has allocated a lot (64 MiB since the last one) and
    /// then gone quiet, so the heap a burst grew goes back to the operating system; see docs/operations.md.
    /// </summary>
    public bool CompactWhenQuiet { get; init; } = true;

    /// <summary>The address to bind, parsed from <see cref="Host"/> (<c>localhost</c> means loopback).</summary>
    public IPAddress Address => Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        ? IPAddress.Loopback
        : IPAddress.Parse(Host);

    /// <summary>Reads the settings from <paramref name="config"/>, using the defaults for absent keys.</summary>
    /// <exception cref="SettingsException">A value is malformed or out of range.</exception>
    public static ServerSettings FromConfig(Config config)
    {
        var d = new ServerSettings();
        var s = new ServerSettings
        {
            Host = Read(config, "host", p => config.GetString(p), d.Host)!,
            Port = Read(config, "port", p => config.GetInt(p), d.Port),
            MaxClients = Read(config, "max-clients", p => config.GetInt(p), d.MaxClients),
            MaxConnections = Read(config, "max-connections", p => config.GetInt(p), d.MaxConnections),
            MaxLineBytes = Read(config, "max-line-bytes", p => checked((int)(config.GetByteSize(p) ?? d.MaxLineBytes)), d.MaxLineBytes),
            IdleTimeout = Read(config, "idle-timeout", p => config.GetTimeSpan(p), d.IdleTimeout),
            PingTimeout = Read(config, "ping-timeout", p => config.GetTimeSpan(p), d.PingTimeout),
            MaxOutboundBytes = Read(config, "max-outbound-bytes", p => config.GetByteSize(p) ?? d.MaxOutboundBytes, d.MaxOutboundBytes),
            MaxLinesPerSecond = Read(config, "max-lines-per-second", p => config.GetInt(p), d.MaxLinesPerSecond),
            DataDir = Read(config, "data-dir", p => config.GetString(p), d.DataDir)!,
            ShutdownTimeout = Read(config, "shutdown-timeout", p => config.GetTimeSpan(p), d.ShutdownTimeout),
            AnnouncePresence = Read(config, "announce-presence", p => config.GetBoolean(p), d.AnnouncePresence),
            CompactWhenQuiet = Read(config, "compact-when-quiet", p => config.GetBoolean(p), d.CompactWhenQuiet),
        };
        s.Validate();
        return s;
    }

    private static T Read<T>(Config config, string key, Func<string, T> get, T @default) =>
        SettingValue.Read(config, Path + "." + key, get, @default);

    private void Validate()
    {
        if (!IPAddress.TryParse(Host, out _) && !Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            Fail("host", $"'{Host}' is not an IP address");
        Require("port", Port is >= 0 and <= 65535, "must be 0 to 65535");
        Require("max-clients", MaxClients >= 1, "must be at least 1");
        Require("max-connections", MaxConnections >= 1, "must be at least 1");
        Require("max-line-bytes", MaxLineBytes is >= 16 and <= 1024 * 1024, "must be 16 bytes to 1MiB");
        Require("idle-timeout", IdleTimeout > TimeSpan.Zero, "must be positive");
        Require("ping-timeout", PingTimeout > TimeSpan.Zero, "must be positive");
        Require("max-outbound-bytes", MaxOutboundBytes >= 1024, "must be at least 1KiB");
        Require("max-lines-per-second", MaxLinesPerSecond >= 1, "must be at least 1");
        Require("data-dir", DataDir.Length > 0, "must not be empty");
        Require("shutdown-timeout", ShutdownTimeout > TimeSpan.Zero, "must be positive");
    }

    private static void Require(string key, bool ok, string rule)
    {
        if (!ok) Fail(key, rule);
    }

    private static void Fail(string key, string rule) => throw new SettingsException($"'{Path}.{key}' {rule}");
}
