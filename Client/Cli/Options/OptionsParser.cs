using System.Globalization;

namespace ActorChat.Client.Cli.Options;

/// <summary>
/// Reads the command line (<c>--host</c>, <c>--port</c>, <c>--name</c>, <c>--config</c>, <c>--no-color</c>,
/// <c>--no-bell</c>, <c>--reconnect</c>, <c>--linger</c>, <c>--script</c>, <c>--help</c>) over the settings of the
/// configuration file, over the defaults. <c>--key value</c> and <c>--key=value</c> both work.
/// </summary>
internal static class OptionsParser
{
    /// <summary>Prefix of the client's keys in HOCON.</summary>
    public const string ConfigPrefix = "actorchat.client.";

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

    /// <summary>Parses <paramref name="args"/>; <paramref name="readFile"/> reads the configuration file.</summary>
    public static OptionsResult Parse(IReadOnlyList<string> args, Func<string, string?> environment, Func<string, string> readFile)
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
            if (configPath is not null) options = ApplyConfig(options, configPath, readFile);
            foreach (var (key, value) in given) options = ApplyArgument(options, key, value!);
            if (!string.IsNullOrEmpty(environment("NO_COLOR"))) options = options with { Color = ColorMode.Off };
            return new OptionsResult(options, null, false);
        }
        catch (FormatException e)
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
        "--linger" => options with { Linger = Duration(key, value, bareUnitMilliseconds: 1000) },
        _ => options,
    };

    private static ClientOptions ApplyConfig(ClientOptions options, string path, Func<string, string> readFile)
    {
        string text;
        try { text = readFile(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FormatException($"cannot read {path}: {e.Message}");
        }
        foreach (var (fullKey, value) in FlatHoconReader.Parse(text, path))
        {
            if (!fullKey.StartsWith(ConfigPrefix, StringComparison.Ordinal)) continue; // other programs' settings
            var key = fullKey[ConfigPrefix.Length..];
            var where = $"{path}: {fullKey}";
            options = key switch
            {
                "host" => options with { Host = NonEmpty(where, value) },
                "port" => options with { Port = Port(where, value) },
                "name" => options with { Name = value.Length == 0 ? null : value },
                "color" => options with { Color = Color(where, value) },
                "bell" => options with { Bell = Boolean(where, value) },
                "linger" => options with { Linger = Duration(where, value) },
                "connect-timeout" => options with { ConnectTimeout = Duration(where, value) },
                "reconnect" => options with { Reconnect = Boolean(where, value) },
                "reconnect-initial-delay" => options with { ReconnectInitialDelay = Duration(where, value) },
                "reconnect-max-delay" => options with { ReconnectMaxDelay = Duration(where, value) },
                "reconnect-max-attempts" => options with { ReconnectMaxAttempts = Integer(where, value, 0) },
                "max-line-bytes" => options with { MaxLineBytes = Integer(where, value, 16) },
                "history-size" => options with { HistorySize = Integer(where, value, 0) },
                _ => throw new FormatException($"{path}: unknown setting '{fullKey}'"),
            };
        }
        return options;
    }

    private static string NonEmpty(string where, string value) =>
        value.Length > 0 ? value : throw new FormatException($"{where}: can't be empty");

    private static int Port(string where, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
            ? port
            : throw new FormatException($"{where}: '{value}' is not a port (1 to 65535)");

    private static int Integer(string where, string value, int min) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min
            ? number
            : throw new FormatException($"{where}: '{value}' is not a whole number of at least {min}");

    private static TimeSpan Duration(string where, string value, double bareUnitMilliseconds = 1) =>
        HoconDuration.TryParse(value, out var duration, bareUnitMilliseconds)
            ? duration
            : throw new FormatException($"{where}: '{value}' is not a duration (e.g. 1s, 500ms)");

    private static bool Boolean(string where, string value) => value switch
    {
        "on" or "true" or "yes" => true,
        "off" or "false" or "no" => false,
        _ => throw new FormatException($"{where}: '{value}' is not on/off"),
    };

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
