namespace ActorChat.Server.Storage;

/// <summary>How hard a commit insists on reaching the disk (SQLite's <c>synchronous</c> in WAL mode).</summary>
public enum StoreSynchronous
{
    /// <summary>
    /// A commit is written to the write-ahead log without waiting for the disk: it survives a crash or
    /// <c>kill -9</c> of the process (the OS holds the data), not a power loss or OS crash. Checkpoints and
    /// <see cref="IChatStore.FlushAsync"/> do sync.
    /// </summary>
    Normal,

    /// <summary>Every commit (one per batch) waits for the disk: survives a power loss too, at a cost per batch.</summary>
    Full,
}
