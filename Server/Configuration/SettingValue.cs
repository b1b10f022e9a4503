using ActorChat.Actors.Configuration;

namespace ActorChat.Server.Configuration;

/// <summary>Reads one setting, turning a malformed value into a <see cref="SettingsException"/> naming its path.</summary>
internal static class SettingValue
{
    /// <summary>The value at <paramref name="path"/> through <paramref name="get"/>, or <paramref name="default"/> when absent.</summary>
    /// <exception cref="SettingsException">The value is malformed.</exception>
    public static T Read<T>(Config config, string path, Func<string, T> get, T @default)
    {
        if (!config.HasPath(path)) return @default;
        try
        {
            return get(path);
        }
        catch (Exception e) when (e is ConfigurationException or FormatException or OverflowException or ArgumentException)
        {
            throw new SettingsException($"'{path}': {e.Message}", e);
        }
    }
}
