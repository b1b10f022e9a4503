using ActorChat.Actors.Configuration;

namespace ActorChat.Server.Configuration;

/// <summary>The key/value pairs directly inside one HOCON object, for settings that are maps (log categories).</summary>
internal static class ConfigEntries
{
    /// <summary>Each key of the object at <paramref name="path"/> with its value as a string; none when absent.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Of(Config config, string path)
    {
        if (!config.HasPath(path)) yield break;
        // TODO(hocon): enumerate the object once the HOCON reader offers it.
        _ = config.GetConfig(path);
    }
}
