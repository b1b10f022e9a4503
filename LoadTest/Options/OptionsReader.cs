using System.Globalization;
using ActorChat.Actors.Configuration;

namespace ActorChat.LoadTest.Options;

/// <summary>
/// Builds <see cref="LoadTestOptions"/> from, in increasing precedence: built-in defaults, <c>hocon/loadtest.conf</c>
/// (keys <c>actorchat.loadtest.&lt;name&gt;</c>), and the command line (<c>--name value</c> or <c>--name=value</c>).
/// </summary>
public static class OptionsReader
{
    /// <summary>The HOCON object every setting of the config file lives in.</summary>
    public const string ConfigPath = "actorchat.loadtest";

    private delegate LoadTestOptions Setter(LoadTestOptions o, string value, string where);

    private static readonly Dictionary<string, Setter> Setters = new(StringComparer.Ordinal)
    {
        ["host"] = (o, v, _) => o with { Host = v },
        ["port"] = (o, v, w) => o with { Port = Int(v, w, 1, 65535) },
        ["protocol"] = (o, v, w) => o with { Protocol = Protocol(v, w) },
        ["driver"] = (o, v, w) => o with { Driver = Driver(v, w) },
        ["clients"] = (o, v, w) => o with { Clients = Int(v, w, 1, 1_000_000) },
        ["messages"] = (o, v, w) => o with { Messages = Int(v, w, 0, 100_000_000) },
        ["rate"] = (o, v, w) => o with { Rate = Int(v, w, 1, 100_000_000) },
        ["duration"] = (o, v, w) => o with { DurationSeconds = Duration(v, w) },
        ["senders"] = (o, v, w) => o with { Senders = Int(v, w, 1, 1_000_000) },
        ["warmup"] = (o, v, w) => o with { Warmup = Int(v, w, 0, 1_000_000) },
        ["concurrency"] = (o, v, w) => o with { Concurrency = Int(v, w, 1, 1_000_000) },
        ["timeout"] = (o, v, w) => o with { TimeoutSeconds = Duration(v, w) },
        ["stall-timeout"] = (o, v, w) => o with { StallSeconds = Duration(v, w) },
        ["progress-interval"] = (o, v, w) => o with { ProgressSeconds = Duration(v, w) },
        ["json"] = (o, v, w) => o with { Json = Bool(v, w) },
        ["quiet"] = (o, v, w) => o with { Quiet = Bool(v, w) },
        ["spawn"] = (o, v, w) => o with { Spawn = Bool(v, w) },
        ["server-dll"] = (o, v, _) => o with { ServerDll = v },
        ["latency-log"] = (o, v, _) => o with { LatencyLog = v },
        ["server-pid"] = (o, v, w) => o with { ServerPid = Int(v, w, 0, int.MaxValue) },
        ["name-prefix"] = (o, v, w) => o with { NamePrefix = NamePrefix(v, w) },
        ["channel"] = (o, v, w) => o with { Channel = v.StartsWith('#') ? v : throw new OptionsException($"{w}: a channel starts with '#'") },
    };

    private static readonly HashSet<string> Flags = ["json", "quiet", "spawn"];

    /// <summary>The usage text.</summary>
    public static string Usage =>
        $"""
        usage: dotnet run -c Release --project LoadTest -- <scenario> [options]
          scenarios: {string.Join(", ", LoadTestOptions.Scenarios)}
          --host H --port P            target server (default 127.0.0.1:5050)
          --spawn [--set key=value]... start the project's server on a free loopback port (--server-dll to pick the build)
          --server-pid PID             read the server's memory from /proc/PID/status
          --protocol actorchat|irc     wire protocol
          --driver raw|library         ActorChat clients: the harness's line driver, or the project's ChatConnection
          --clients C --messages M --rate R --duration D --senders S --concurrency K
          --warmup W                   messages per client, checked then forgotten, before direct/latency/fanout measure
          --timeout T --stall-timeout T   bounds on a run (seconds, or 500ms / 2m)
          --latency-log FILE           latency: write each message's due and arrival time (CLOCK_MONOTONIC ns) to FILE
          --json                       one JSON object per scenario on standard output
          --quiet                      no progress line
          --config FILE                settings file (default hocon/loadtest.conf), keys actorchat.loadtest.<option>
        """;

    /// <summary>Reads the options for <paramref name="args"/>.</summary>
    /// <param name="args">The command line after the program name.</param>
    /// <param name="loadConfig">Given the --config path (or null), returns the parsed settings and their source name, or null for none; defaults to reading the file.</param>
    public static LoadTestOptions Read(IReadOnlyList<string> args, Func<string?, (Config Config, string Source)?>? loadConfig = null)
    {
        loadConfig ??= LoadConfigFile;
        string? configPath = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--config") configPath = i + 1 < args.Count ? args[i + 1] : throw new OptionsException("--config needs a file");
            else if (args[i].StartsWith("--config=", StringComparison.Ordinal)) configPath = args[i]["--config=".Length..];
        }

        var options = new LoadTestOptions();
        if (loadConfig(configPath) is { } config)
        {
            try
            {
                foreach (string key in config.Config.GetKeys(ConfigPath))
                {
                    string path = Config.JoinPath(ConfigPath, key);
                    options = Apply(options, key, config.Config.GetString(path) ?? "", $"{config.Source}: {path}");
                }
            }
            catch (ConfigurationException e)
            {
                throw new OptionsException($"{config.Source}: {e.Message}");
            }
        }

        var settings = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (options.Scenario.Length > 0) throw new OptionsException($"unexpected argument '{arg}' (scenario is already '{options.Scenario}')");
                foreach (string scenario in arg.Split(','))
                    if (!LoadTestOptions.Scenarios.Contains(scenario))
                        throw new OptionsException($"unknown scenario '{scenario}' (one of: {string.Join(", ", LoadTestOptions.Scenarios)}; several: direct,fanout)");
                options = options with { Scenario = arg };
                continue;
            }
            string name = arg[2..];
            string? value = null;
            int eq = name.IndexOf('=');
            if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
            if (name == "config") { if (value is null) i++; continue; }
            if (value is null && !Flags.Contains(name) && name != "help")
            {
                if (i + 1 >= args.Count) throw new OptionsException($"--{name} needs a value");
                value = args[++i];
            }
            if (name == "set")
            {
                if (!value!.Contains('=')) throw new OptionsException($"--set expects key=value, got '{value}'");
                settings.Add(value);
                continue;
            }
            if (name == "help") throw new OptionsException(Usage);
            options = Apply(options, name, value ?? "true", $"--{name}");
        }
        if (options.Scenario.Length == 0) throw new OptionsException("no scenario given\n" + Usage);
        if (options.LatencyLog.Length > 0 && !options.Scenario.Split(',').Contains("latency"))
            throw new OptionsException("--latency-log: only the latency scenario writes one");
        if (settings.Count > 0) options = options with { ServerSettings = [.. options.ServerSettings, .. settings] };
        return options;
    }

    private static LoadTestOptions Apply(LoadTestOptions options, string name, string value, string where) =>
        Setters.TryGetValue(name, out var set)
            ? set(options, value, where)
            : throw new OptionsException($"{where}: unknown option '{name}' (known: {string.Join(", ", Setters.Keys)})");

    private static (Config, string)? LoadConfigFile(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            if (!File.Exists(explicitPath)) throw new OptionsException($"config file not found: {explicitPath}");
            return (Parse(explicitPath), explicitPath);
        }
        foreach (string candidate in new[] { Path.Combine("hocon", "loadtest.conf"), Path.Combine(AppContext.BaseDirectory, "hocon", "loadtest.conf") })
            if (File.Exists(candidate)) return (Parse(candidate), candidate);
        return null;
    }

    private static Config Parse(string path)
    {
        try { return ConfigurationFactory.FromFile(path); }
        catch (ConfigurationException e) { throw new OptionsException(e.Message); }
    }

    private static int Int(string value, string where, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max
            ? n
            : throw new OptionsException($"{where}: '{value}' is not a whole number from {min} to {max}");

    private static bool Bool(string value, string where) => value.ToLowerInvariant() switch
    {
        "true" or "on" or "yes" => true,
        "false" or "off" or "no" => false,
        _ => throw new OptionsException($"{where}: '{value}' is not a boolean (true/false, on/off, yes/no)"),
    };

    private static ChatProtocolKind Protocol(string value, string where) => value.ToLowerInvariant() switch
    {
        "actorchat" => ChatProtocolKind.ActorChat,
        "irc" => ChatProtocolKind.Irc,
        _ => throw new OptionsException($"{where}: unknown protocol '{value}' (actorchat or irc)"),
    };

    private static ClientDriverKind Driver(string value, string where) => value.ToLowerInvariant() switch
    {
        "raw" => ClientDriverKind.Raw,
        "library" => ClientDriverKind.Library,
        _ => throw new OptionsException($"{where}: unknown driver '{value}' (raw or library)"),
    };

    private static string NamePrefix(string value, string where) =>
        value.Length <= 8 && value.All(char.IsAsciiLetterLower)
            ? value
            : throw new OptionsException($"{where}: a name prefix is up to 8 lower-case letters");

    /// <summary>Parses seconds: a bare number, or a number with ms, s, m or h (HOCON duration units).</summary>
    public static double Duration(string value, string where)
    {
        string v = value.Trim();
        int unitStart = v.Length;
        while (unitStart > 0 && char.IsAsciiLetter(v[unitStart - 1])) unitStart--;
        string number = v[..unitStart].Trim(), unit = v[unitStart..];
        double scale = unit switch
        {
            "" or "s" or "second" or "seconds" => 1,
            "ms" or "milli" or "millis" or "millisecond" or "milliseconds" => 0.001,
            "m" or "minute" or "minutes" => 60,
            "h" or "hour" or "hours" => 3600,
            _ => double.NaN,
        };
        if (double.IsNaN(scale) || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double n) || n <= 0)
            throw new OptionsException($"{where}: '{value}' is not a positive duration (e.g. 10, 10s, 500ms, 2m)");
        return n * scale;
    }
}
