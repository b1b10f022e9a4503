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
        return new LogSettings
        {
            Level = ParseLevel(Path + ".level", config.GetString(Path + ".level", "information")!),
            Categories = ReadCategories(config, Path + ".categories"),
            Json = format == "json",
        };
    }

    // An object of category prefix = level. A prefix holds dots, so it is a quoted key: unquoted, ActorChat.Actors
    // would be a path, nesting an object where the level should be; both mistakes get a message showing the form.
    private static Dictionary<string, LogLevel> ReadCategories(Config config, string path)
    {
        const string Example = "e.g. categories { \"ActorChat.Actors\" = debug }";
        IReadOnlyList<string> keys;
        try
        {
            keys = config.GetKeys(path);
        }
        catch (ConfigurationException e)
        {
            throw new SettingsException($"{e.Message}; give an object of \"<category prefix>\" = <level>, {Example}", e);
        }
        var categories = new Dictionary<string, LogLevel>(StringComparer.Ordinal);
        foreach (var category in keys)
        {
            var levelPath = Config.JoinPath(path, category);
            string level;
            try
            {
                level = config.GetString(levelPath)!;
            }
            catch (ConfigurationException e)
            {
                throw new SettingsException($"{e.Message}; quote a category prefix that holds dots, {Example}", e);
            }
            categories[category] = ParseLevel(levelPath, level);
        }
        return categories;
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
