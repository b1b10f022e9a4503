using ActorChat.Actors.Configuration;

namespace ActorChat.Server.Configuration;

/// <summary>
/// Assembles the server's configuration: command-line overrides, over the configuration file, over the
/// reference configuration embedded in this assembly (so a default never goes missing, wherever the program runs).
/// </summary>
public static class ServerConfig
{
    /// <summary>The default configuration file, looked up beside the program first, then in the working directory.</summary>
    public const string DefaultFile = "hocon/server.conf";

    private static readonly Lazy<Config> Reference = new(LoadReference);

    /// <summary><c>hocon/reference.conf</c> as embedded at build time: every key with its default.</summary>
    public static Config ReferenceConfig => Reference.Value;

    /// <summary>
    /// The configuration for <paramref name="commandLine"/>: its overrides (later ones winning), then its
    /// <c>--config</c> file or the default file, then <see cref="ReferenceConfig"/>.
    /// </summary>
    /// <exception cref="SettingsException">
    /// The file is missing or unreadable, an override is not HOCON, or a key in a block the server reads is unknown.
    /// </exception>
    public static Config Load(ServerCommandLine commandLine)
    {
        var config = ReferenceConfig;
        var file = commandLine.ConfigFile ?? FindDefaultFile();
        if (file is not null)
        {
            if (!File.Exists(file)) throw new SettingsException($"--config: no such file '{file}'");
            config = Parse(() => ConfigurationFactory.FromFile(Path.GetFullPath(file)), $"'{file}'").WithFallback(config);
        }
        if (commandLine.Overrides.Count > 0)
        {
            // One document, in command-line order: HOCON's own later-wins rule resolves repeated keys.
            var text = string.Join('\n', commandLine.Overrides);
            config = Parse(() => ConfigurationFactory.ParseString(text), "the command-line options").WithFallback(config);
        }
        UnknownSettings.Check(config, ReferenceConfig);
        return config;
    }

    private static string? FindDefaultFile()
    {
        foreach (var dir in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var candidate = Path.Combine(dir, DefaultFile);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static Config Parse(Func<Config> parse, string what)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is not SettingsException)
        {
            throw new SettingsException($"{what}: {e.Message}", e);
        }
    }

    private static Config LoadReference()
    {
        using var stream = typeof(ServerConfig).Assembly.GetManifestResourceStream("ActorChat.Server.reference.conf")
            ?? throw new InvalidOperationException("reference.conf is not embedded in ActorChat.Server");
        using var reader = new StreamReader(stream);
        return ConfigurationFactory.ParseString(reader.ReadToEnd());
    }
}
