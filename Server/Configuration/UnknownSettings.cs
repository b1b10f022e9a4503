using ActorChat.Actors.Configuration;

namespace ActorChat.Server.Configuration;

/// <summary>
/// Refuses keys the server does not know inside the blocks it reads, so that a misspelt or misplaced setting fails
/// the start instead of leaving the default in force unnoticed (<c>--set actorchat.server.record-history=off</c>
/// would otherwise change nothing, silently: the key lives under <c>actorchat.store</c>).
/// </summary>
internal static class UnknownSettings
{
    private const string Root = "actorchat";

    // Blocks other programs read (one file may serve them all) and maps whose keys are names, not settings.
    private static readonly HashSet<string> NotChecked =
        ["actorchat.client", "actorchat.loadtest", "actorchat.testkit", "actorchat.log.categories"];

    /// <summary>Throws for the first key under <c>actorchat</c> in <paramref name="config"/> that <paramref name="reference"/> lacks.</summary>
    /// <exception cref="SettingsException">
    /// A key is unknown (the message names it and the keys its block has), a block is given a value, or the
    /// configuration cannot be resolved.
    /// </exception>
    public static void Check(Config config, Config reference)
    {
        try
        {
            // The first look resolves the whole configuration, so a substitution with no value is reported here too.
            if (config.HasPath(Root)) CheckBlock(config, reference, Root);
        }
        catch (ConfigurationException e)
        {
            throw new SettingsException(e.Message, e);
        }
    }

    private static void CheckBlock(Config config, Config reference, string path)
    {
        if (!config.IsObject(path)) throw new SettingsException($"'{path}' is a block of settings, but was given a value");
        foreach (var key in config.GetKeys(path))
        {
            var full = Config.JoinPath(path, key);
            if (NotChecked.Contains(full)) continue;
            if (!reference.HasPath(full))
            {
                var known = reference.GetKeys(path).Where(k => !NotChecked.Contains(Config.JoinPath(path, k)));
                throw new SettingsException($"unknown setting '{full}' (known in {path}: {string.Join(", ", known)})");
            }
            // A value of the wrong type is for the setting's own reader to report, with what it expected.
            if (reference.IsObject(full)) CheckBlock(config, reference, full);
        }
    }
}
