using ActorChat.Actors.Configuration;
using ActorChat.Server.Storage;

namespace ActorChat.Server.Configuration;

/// <summary>
/// The store's settings, read once from the <c>actorchat.store</c> block (the data directory is the server's
/// <c>actorchat.server.data-dir</c>). A malformed value fails at start-up with the key in the message.
/// </summary>
public sealed record StoreSettings
{
    /// <summary>The HOCON path of the block these settings come from.</summary>
    public const string Path = "actorchat.store";

    /// <summary>Creates settings around <paramref name="options"/>.</summary>
    public StoreSettings(StoreOptions options)
    {
        Options = options;
    }

    /// <summary>What the store is opened with.</summary>
    public StoreOptions Options { get; init; }

    /// <summary>True to keep messages delivered live for <c>INBOX</c> too; offline ones are always stored.</summary>
    public bool RecordHistory { get; init; } = true;

    /// <summary>Reads the settings from <paramref name="config"/> for a store in <paramref name="dataDir"/>.</summary>
    /// <exception cref="SettingsException">A value is malformed or out of range.</exception>
    public static StoreSettings FromConfig(Config config, string dataDir)
    {
        var d = new StoreOptions(dataDir);
        var options = new StoreOptions(dataDir)
        {
            HistoryDays = Read(config, "history-days", p => config.GetInt(p), d.HistoryDays),
            PurgeInterval = Read(config, "purge-interval", p => config.GetTimeSpan(p), d.PurgeInterval),
            MaxBatchSize = Read(config, "max-batch-size", p => config.GetInt(p), d.MaxBatchSize),
            Synchronous = Read(config, "synchronous", p => ParseSynchronous(config.GetString(p)), d.Synchronous),
            MaxPendingHistory = Read(config, "max-pending-history", p => config.GetInt(p), d.MaxPendingHistory),
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new SettingsException($"'{Path}': {e.Message}", e);
        }
        return new StoreSettings(options)
        {
            RecordHistory = Read(config, "record-history", p => config.GetBoolean(p), true),
        };
    }

    private static StoreSynchronous ParseSynchronous(string? value) => value?.ToLowerInvariant() switch
    {
        "normal" => StoreSynchronous.Normal,
        "full" => StoreSynchronous.Full,
        _ => throw new FormatException($"expected normal or full, was '{value}'"),
    };

    private static T Read<T>(Config config, string key, Func<string, T> get, T @default) =>
        SettingValue.Read(config, Path + "." + key, get, @default);
}
