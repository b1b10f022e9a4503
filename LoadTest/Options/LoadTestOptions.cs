namespace ActorChat.LoadTest.Options;

/// <summary>Everything one harness run is told: the scenario, the target, the traffic shape and the output.</summary>
public sealed record LoadTestOptions
{
    /// <summary>Scenario names the harness knows.</summary>
    public static readonly IReadOnlyList<string> Scenarios = ["direct", "latency", "fanout", "idle", "login", "offline"];

    /// <summary>The scenario to run, or several separated by commas.</summary>
    public string Scenario { get; init; } = "";

    /// <summary>Server address; loopback by default.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Server port.</summary>
    public int Port { get; init; } = 5050;

    /// <summary>Wire protocol spoken to the server.</summary>
    public ChatProtocolKind Protocol { get; init; } = ChatProtocolKind.ActorChat;

    /// <summary>How ActorChat clients talk: raw lines (the harness's own driver) or the project's connection library.</summary>
    public ClientDriverKind Driver { get; init; } = ClientDriverKind.Raw;

    /// <summary>Connected clients (C).</summary>
    public int Clients { get; init; } = 100;

    /// <summary>Messages per sending client (M; B for fan-out).</summary>
    public int Messages { get; init; } = 100;

    /// <summary>Aggregate offered rate for the latency scenario (R), messages per second.</summary>
    public long Rate { get; init; } = 1000;

    /// <summary>Seconds of offered load (latency) or of holding connections (idle) (D).</summary>
    public double DurationSeconds { get; init; } = 5;

    /// <summary>Sending clients for fan-out and offline (S).</summary>
    public int Senders { get; init; } = 10;

    /// <summary>
    /// Messages each client sends around a ring before a messaging scenario measures, so neither the harness nor the
    /// server is measured while its code is still being compiled; checked like the rest, then forgotten.
    /// </summary>
    public int Warmup { get; init; }

    /// <summary>Connections and logins in flight at once (K).</summary>
    public int Concurrency { get; init; } = 100;

    /// <summary>Upper bound on one scenario's whole run, seconds.</summary>
    public double TimeoutSeconds { get; init; } = 120;

    /// <summary>Give up waiting for deliveries when none arrived for this many seconds.</summary>
    public double StallSeconds { get; init; } = 10;

    /// <summary>Seconds between progress lines.</summary>
    public double ProgressSeconds { get; init; } = 1;

    /// <summary>
    /// A file the latency scenario writes every measured message's scheduled and arrival time to, so its tail can be
    /// laid over a trace of the same run; empty for none.
    /// </summary>
    public string LatencyLog { get; init; } = "";

    /// <summary>Write one JSON object per scenario to standard output instead of the table.</summary>
    public bool Json { get; init; }

    /// <summary>Suppress the progress line.</summary>
    public bool Quiet { get; init; }

    /// <summary>Start the project's server as a child process on a free loopback port and stop it at the end.</summary>
    public bool Spawn { get; init; }

    /// <summary>The built server assembly for <see cref="Spawn"/>; found under Server/bin when empty.</summary>
    public string ServerDll { get; init; } = "";

    /// <summary>Settings passed to the spawned server as <c>--set key=value</c>.</summary>
    public IReadOnlyList<string> ServerSettings { get; init; } = [];

    /// <summary>The server's process id, for reading its memory; 0 when unknown.</summary>
    public int ServerPid { get; init; }

    /// <summary>Prefix of client names; empty picks a random one so runs against one server never collide.</summary>
    public string NamePrefix { get; init; } = "";

    /// <summary>IRC channel used for fan-out.</summary>
    public string Channel { get; init; } = "#loadtest";
}
