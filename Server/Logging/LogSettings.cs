using ActorChat.Actors.Configuration;
using ActorChat.Server.Configuration;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Logging;

/// <summary>The <c>actorchat.log</c> block: minimum level, per-category levels, line format.</summary>
public sealed record LogSettings
{
    /// <summary>The HOCON path of the block.</summary>
    public const string Path = "actorchat.log";

    /// <summary>Minimum level for every category without its own.</summary>
    public LogLevel Level { get; init; } = LogLevel.Information;

    /// <summary>Minimum level per category prefix (e.g. <c>ActorChat.Actors</c>).</summary>
    public IReadOnlyDictionary<string, LogLevel> Categories { get; init; } = new Dictionary<string, LogLevel>();

    /// <summary>One JSON object per line instead of text.</summary>
    public bool Json { get; init; }

    /// <summary>Reads the block from <paramref name="config"/>, defaults for what is absent.</summary>
    /// <exception cref="SettingsException">A level or the format is not one of the known words.</exception>
    public static LogSettings FromConfig(Config config)
    {
        try
        {
            return Read(config);
        }
        catch (ConfigurationException e)
        {
            throw new SettingsException(e.Message, e);
        }
    }

    private static LogSettings Read(Config config)
    {
        var format = config.GetString(Path + ".format", "text");
        if (format is not ("text" or "json"))
            throw new SettingsException($"'{Path}.format': '{format}' is neither text nor json");
        var categories = new Dictionary<string, LogLevel>(StringComparer.Ordinal);
        foreach (var entry in CategoryEntries(config, Path + ".categories"))
        {
            var eq = entry.LastIndexOf('=');
            if (eq <= 0) throw new SettingsException($"'{Path}.categories': '{entry}' is not \"<category>=<level>\"");
            categories[entry[..eq].Trim()] = ParseLevel($"{Path}.categories", entry[(eq + 1)..].Trim());
        }
        return new LogSettings
        {
            Level = ParseLevel(Path + ".level", config.GetString(Path + ".level", "information")!),
            Categories = categories,
            Json = format == "json",
        };
    }

    // A list of "category=level" strings, or the empty object reference.conf has. Config offers no public way to
    // enumerate an object's keys, so an object with keys in it is refused with a message saying what to write.
    private static IList<string> CategoryEntries(Config config, string path)
    {
        if (!config.HasPath(path)) return [];
        try
        {
            return config.GetStringList(path);
        }
        catch (ConfigurationException) when (config.GetConfig(path).IsEmpty)
        {
            return [];
        }
        catch (ConfigurationException e)
        {
            throw new SettingsException(
                $"'{path}': give a list of \"<category>=<level>\" strings, e.g. [\"ActorChat.Actors=debug\"] ({e.Message})", e);
        }
    }

    /// <summary>Parses a level word: trace, debug, information (or info), warning, error, critical, none.</summary>
    public static LogLevel ParseLevel(string path, string word) => word.ToLowerInvariant() switch
    {
        "trace" => LogLevel.Trace,
        "debug" => LogLevel.Debug,
        "information" or "info" => LogLevel.Information,
        "warning" or "warn" => LogLevel.Warning,
        "error" => LogLevel.Error,
        "critical" => LogLevel.Critical,
        "none" or "off" => LogLevel.None,
        _ => throw new SettingsException(
            $"'{path}': '{word}' is not a level (trace, debug, information, warning, error, critical, none)"),
    };
}
