using System.Globalization;

namespace ActorChat.Server.Configuration;

/// <summary>
/// The server's command line: <c>--host</c>, <c>--port</c>, <c>--config &lt;file&gt;</c>, any number of
/// <c>--set key=value</c> and <c>--log-format json|text</c>. Every option that sets a key becomes one HOCON line in
/// <see cref="Overrides"/>, in command-line order, so a later option wins over an earlier one.
/// </summary>
public sealed record ServerCommandLine
{
    /// <summary>The usage text printed for <c>--help</c> and after a bad option.</summary>
    public const string Usage =
        """
        usage: ActorChat.Server [--host <ip>] [--port <port>] [--config <file>] [--set <key>=<value>]... [--log-format json|text]
          --host <ip>            address to listen on            (actorchat.server.host)
          --port <port>          port to listen on, 0 = any free (actorchat.server.port)
          --config <file>        HOCON file to read instead of hocon/server.conf
          --set <key>=<value>    any setting by its full HOCON path, e.g. --set actorchat.server.max-clients=5;
                                 repeatable, later ones win
          --log-format json|text log line format                 (actorchat.log.format)
          --help                 this text
        """;

    /// <summary>The file given with <c>--config</c>, or null for the default <c>hocon/server.conf</c>.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>HOCON <c>key = value</c> lines from the options, in command-line order.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>True when <c>--help</c> was given.</summary>
    public bool ShowHelp { get; init; }

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="SettingsException">An option is unknown, lacks its value, or has a malformed one.</exception>
    public static ServerCommandLine Parse(IReadOnlyList<string> args)
    {
        string? configFile = null;
        var overrides = new List<string>();
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new SettingsException($"{option} needs a value");
            switch (option)
            {
                case "--host":
                    overrides.Add($"actorchat.server.host = {Quote(Value())}");
                    break;
                case "--port":
                    var port = Value();
                    if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p > 65535)
                        throw new SettingsException($"--port: '{port}' is not a port number (0 to 65535)");
                    overrides.Add($"actorchat.server.port = {p}");
                    break;
                case "--config":
                    configFile = Value();
                    break;
                case "--set":
                    overrides.Add(SetLine(Value()));
                    break;
                case "--log-format":
                    var format = Value();
                    if (format is not ("json" or "text"))
                        throw new SettingsException($"--log-format: '{format}' is neither json nor text");
                    overrides.Add($"actorchat.log.format = {format}");
                    break;
                case "--help" or "-h":
                    help = true;
                    break;
                default:
                    throw new SettingsException($"unknown option '{option}'");
            }
        }
        return new ServerCommandLine { ConfigFile = configFile, Overrides = overrides, ShowHelp = help };
    }

    private static string SetLine(string assignment)
    {
        var eq = assignment.IndexOf('=');
        if (eq <= 0) throw new SettingsException($"--set: '{assignment}' is not <key>=<value>");
        var key = assignment[..eq].Trim();
        var value = assignment[(eq + 1)..].Trim();
        if (key.Length == 0 || key.Any(c => char.IsWhiteSpace(c) || c is '{' or '}' or '=' or ':' or '"' or '#'))
            throw new SettingsException($"--set: '{key}' is not a HOCON path");
        if (value.Length == 0) throw new SettingsException($"--set: '{key}' has no value");
        if (value.Contains('\n')) throw new SettingsException($"--set: the value of '{key}' spans lines");
        return $"{key} = {value}";
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
