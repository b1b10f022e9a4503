namespace ActorChat.Server.Storage;

/// <summary>Settings of a store, from plain values (the server maps <c>actorchat.store</c> HOCON onto them).</summary>
public sealed record StoreOptions
{
    /// <summary>Creates options for a store in <paramref name="dataDirectory"/>.</summary>
    public StoreOptions(string dataDirectory)
    {
        DataDirectory = dataDirectory;
    }

    /// <summary>Directory holding the database; created if missing. Relative paths are to the working directory.</summary>
    public string DataDirectory { get; init; }

    /// <summary>The largest <see cref="HistoryDays"/> accepted (a century): beyond it "keep all" is 0.</summary>
    public const int MaxHistoryDays = 36_500;

    /// <summary>The longest <see cref="PurgeInterval"/> accepted (what a periodic timer can wait).</summary>
    public static readonly TimeSpan MaxPurgeInterval = TimeSpan.FromDays(49);

    /// <summary>Delivered messages older than this many days are purged; 0 keeps all.</summary>
    public int HistoryDays { get; init; } = 30;

    /// <summary>How often the purge runs; <see cref="TimeSpan.Zero"/> or less disables the periodic purge.</summary>
    public TimeSpan PurgeInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>At most this many queued writes are committed in one transaction.</summary>
    public int MaxBatchSize { get; init; } = 1024;

    /// <summary>
    /// At most this many history rows (messages delivered live, kept for <c>INBOX</c>) wait for the writer; beyond
    /// it history rows are refused and counted (their messages were delivered; only their history is missing), so
    /// that memory stays bounded when history cannot keep up. About 40 bytes per row plus its text. Rows the writer
    /// has taken wait for their commit encoded, at most 2 MiB of them, and no longer than 1 s unless the disk
    /// holds the writer up (then rows wait here, up to this limit).
    /// </summary>
    public int MaxPendingHistory { get; init; } = 200_000;

    /// <summary>Commit durability; see <see cref="StoreSynchronous"/>.</summary>
    public StoreSynchronous Synchronous { get; init; } = StoreSynchronous.Normal;

    /// <summary>The clock the purge measures message age by.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            throw new ArgumentException("data-dir must not be empty", nameof(DataDirectory));
        }

        if (HistoryDays is < 0 or > MaxHistoryDays)
        {
            throw new ArgumentException(
                $"history-days must be 0 to {MaxHistoryDays}, was {HistoryDays}", nameof(HistoryDays));
        }

        if (PurgeInterval > MaxPurgeInterval)
        {
            throw new ArgumentException(
                $"purge-interval must be at most {MaxPurgeInterval.TotalDays} days, was {PurgeInterval}", nameof(PurgeInterval));
        }

        if (MaxBatchSize < 1)
        {
            throw new ArgumentException($"max-batch-size must be 1 or more, was {MaxBatchSize}", nameof(MaxBatchSize));
        }

        if (MaxPendingHistory < 1)
        {
            throw new ArgumentException($"max-pending-history must be 1 or more, was {MaxPendingHistory}", nameof(MaxPendingHistory));
        }

        if (!Enum.IsDefined(Synchronous))
        {
            throw new ArgumentException($"synchronous must be normal or full, was {Synchronous}", nameof(Synchronous));
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
