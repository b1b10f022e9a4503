using System.Globalization;
using ActorChat.Actors.Configuration;

namespace ActorChat.Client.Cli.Options;

/// <summary>
/// Reads the command line (<c>--host</c>, <c>--port</c>, <c>--name</c>, <c>--config</c>, <c>--no-color</c>,
/// <c>--no-bell</c>, <c>--reconnect</c>, <c>--linger</c>, <c>--script</c>, <c>--help</c>) over the settings of the
/// configuration file, over the defaults. <c>--key value</c> and <c>--key=value</c> both work. The file is full
/// HOCON read by the project's reader (includes, blocks, substitutions, environment variables); its keys under
/// <c>actorchat.client</c> must be known ones, so a typo is refused rather than silently ignored.
/// </summary>
internal static class OptionsParser
{
    /// <summary>The path of the client's block in HOCON.</summary>
    public const string ConfigBlock = "actorchat.client";

    private static readonly string[] Settings =
    [
        "host", "port", "name", "color", "bell", "linger", "connect-timeout", "reconnect", "reconnect-initial-delay",
        "reconnect-max-delay", "reconnect-max-attempts", "max-line-bytes", "history-size",
    ];

    /// <summary>What <c>--help</c> prints.</summary>
    public const string Usage = """
        Usage: actorchat-client [options]
          --name NAME        log in as NAME (asked for when missing)
          --host HOST        server address (default 127.0.0.1)
          --port PORT        server port (default 5050)
          --config FILE      settings file, e.g. hocon/client.conf
          --no-color         no colours (NO_COLOR=1 does the same)
          --no-bell          no bell on a new direct message
          --reconnect        after a lost connection, reconnect and log in again
          --linger SECONDS   script mode: wait this long for replies after the end of input (default 1; 500ms works too)
          --script           script mode even on a terminal: commands from standard input, plain output
          --help             this text
        Exit status: 0 done, 2 cannot connect or log in, 3 connection lost, 64 bad options.
        """;

    /// <summary>Parses <paramref name="args"/>, reading the file that <c>--config</c> names.</summary>
    public static OptionsResult Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        try
        {
            var given = new List<(string Key, string? Value)>();
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                if (!arg.StartsWith("--", StringComparison.Ordinal) && arg != "-h")
                    throw new FormatException($"unexpected argument '{arg}'");
                var equals = arg.IndexOf('=');
                var key = equals < 0 ? arg : arg[..equals];
                string? value = equals < 0 ? null : arg[(equals + 1)..];
                switch (key)
                {
                    case "--help" or "-h":
                        return new OptionsResult(null, null, HelpRequested: true);
                    case "--no-color" or "--no-colour" or "--no-bell" or "--reconnect" or "--script":
                        if (value is not null) throw new FormatException($"{key} takes no value");
                        break;
                    case "--host" or "--port" or "--name" or "--config" or "--linger":
                        if (value is null)
                        {
                            if (i + 1 >= args.Count) throw new FormatException($"{key} needs a value");
                            value = args[++i];
                        }
                        break;
                    default:
                        throw new FormatException($"unknown option '{key}'");
                }
                given.Add((key, value));
            }

            var options = new ClientOptions();
            var configPath = given.LastOrDefault(g => g.Key == "--config").Value;
            if (configPath is not null) options = ApplyConfig(options, configPath);
            foreach (var (key, value) in given) options = ApplyArgument(options, key, value!);
            if (!string.IsNullOrEmpty(environment("NO_COLOR"))) options = options with { Color = ColorMode.Off };
            return new OptionsResult(options, null, false);
        }
        catch (Exception e) when (e is FormatException or ConfigurationException)
        {
            return new OptionsResult(null, e.Message, false);
        }
    }

    private static ClientOptions ApplyArgument(ClientOptions options, string key, string value) => key switch
    {
        "--host" => options with { Host = NonEmpty(key, value) },
        "--port" => options with { Port = Port(key, value) },
        "--name" => options with { Name = value },
        "--config" => options with { ConfigPath = value },
        "--no-color" or "--no-colour" => options with { Color = ColorMode.Off },
        "--no-bell" => options with { Bell = false },
        "--reconnect" => options with { Reconnect = true },
        "--script" => options with { Script = true },
        "--linger" => options with { Linger = LingerArgument(key, value) },
        _ => options,
    };

    private static ClientOptions ApplyConfig(ClientOptions options, string file)
    {
        var config = ConfigurationFactory.FromFile(file);
        foreach (var key in config.GetKeys(ConfigBlock))
        {
            if (!Settings.Contains(key))
                throw new FormatException($"{file}: unknown setting '{Config.JoinPath(ConfigBlock, key)}' (known: {string.Join(", ", Settings)})");
        }
        string Key(string name) => $"{ConfigBlock}.{name}";
        string Where(string name) => $"{file}: {Key(name)}";
        TimeSpan Duration(string name, TimeSpan @default) =>
            NotNegative(Where(name), config.GetTimeSpan(Key(name), @default, allowInfinite: false));
        return options with
        {
            Host = NonEmpty(Where("host"), config.GetString(Key("host"), options.Host)!),
            Port = Port(Where("port"), config.GetInt(Key("port"), options.Port)),
            Name = config.GetString(Key("name"), options.Name) is { Length: > 0 } name ? name : null,
            Color = config.GetString(Key("color")) is { } color ? Color(Where("color"), color) : options.Color,
            Bell = config.GetBoolean(Key("bell"), options.Bell),
            Linger = Duration("linger", options.Linger),
            ConnectTimeout = Duration("connect-timeout", options.ConnectTimeout),
            Reconnect = config.GetBoolean(Key("reconnect"), options.Reconnect),
            ReconnectInitialDelay = Duration("reconnect-initial-delay", options.ReconnectInitialDelay),
            ReconnectMaxDelay = Duration("reconnect-max-delay", options.ReconnectMaxDelay),
            ReconnectMaxAttempts = AtLeast(Where("reconnect-max-attempts"), config.GetInt(Key("reconnect-max-attempts"), options.ReconnectMaxAttempts), 0),
            MaxLineBytes = AtLeast(Where("max-line-bytes"), config.GetInt(Key("max-line-bytes"), options.MaxLineBytes), 16),
            HistorySize = AtLeast(Where("history-size"), config.GetInt(Key("history-size"), options.HistorySize), 0),
        };
    }

    private static string NonEmpty(string where, string value) =>
        value.Length > 0 ? value : throw new FormatException($"{where}: can't be empty");

    private static int Port(string where, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? Port(where, port)
            : throw new FormatException($"{where}: '{value}' is not a port (1 to 65535)");

    private static int Port(string where, int port) =>
        port is >= 1 and <= 65535 ? port : throw new FormatException($"{where}: '{port}' is not a port (1 to 65535)");

    private static int AtLeast(string where, int number, int min) =>
        number >= min ? number : throw new FormatException($"{where}: '{number}' is not a whole number of at least {min}");

    private static TimeSpan NotNegative(string where, TimeSpan duration) =>
        duration >= TimeSpan.Zero ? duration : throw new FormatException($"{where}: a duration can't be negative");

    // On the command line a bare number is seconds ("--linger 2"); in HOCON it would be milliseconds, so it gets
    // the unit before HOCON's duration reader (the same one the file goes through) reads it. Only characters a
    // duration can hold are let into the HOCON string, so no input can change what the line means.
    private static TimeSpan LingerArgument(string key, string value)
    {
        var notADuration = new FormatException($"{key}: '{value}' is not a duration (e.g. 1s, 500ms)");
        if (!value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or ' ' or '-' or '+')) throw notADuration;
        var hocon = decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) ? value + "s" : value;
        try
        {
            return NotNegative(key, ConfigurationFactory.ParseString($"linger = \"{hocon}\"").GetTimeSpan("linger", allowInfinite: false));
        }
        catch (ConfigurationException)
        {
            throw notADuration;
        }
    }

    private static ColorMode Color(string where, string value) => value switch
    {
        "auto" => ColorMode.Auto,
        "on" or "true" or "yes" => ColorMode.On,
        "off" or "false" or "no" => ColorMode.Off,
        _ => throw new FormatException($"{where}: '{value}' is not auto/on/off"),
    };
}

/// <summary>The options, or the error to print, or a request for help.</summary>
internal sealed record OptionsResult(ClientOptions? Options, string? Error, bool HelpRequested);
