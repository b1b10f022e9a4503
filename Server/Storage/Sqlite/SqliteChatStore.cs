using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in the data directory, WAL mode, schema created and migrated on open.
/// Writes go through one writer thread that commits everything queued as one transaction (group commit); reads
/// use their own connections and never wait for the writer.
/// </summary>
/// <remarks>
/// Durability: with <see cref="StoreSynchronous.Normal"/> (the default) a completed write survives a crash or
/// <c>kill -9</c> of the process but not a power loss; <see cref="StoreSynchronous.Full"/> survives both.
/// Reads run on the caller's thread (local, indexed, short) and return completed tasks; writes never block the
/// caller. The write queue is unbounded: callers bound it by how many writes they leave outstanding.
/// </remarks>
public sealed class SqliteChatStore : IChatStore
{
    private const int PurgeChunk = 10_000;
    // History chunks hold tens of messages each under load: fewer per write request than rows of messages.
    private const int PurgeChunks = 1_000;
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(500);

    private readonly StoreOptions _options;
    private readonly StoreFiles _files;
    private readonly WriteQueue _queue;
    private readonly StoreWriter _writer;
    private readonly ReaderPool _readers;
    private readonly HistoryPurger? _purger;
    private readonly WalCheckpointer _checkpointer;
    private int _disposed;

    private SqliteChatStore(StoreOptions options, StoreFiles files, WriteQueue queue, StoreWriter writer, ReaderPool readers,
        WalCheckpointer checkpointer, ILogger logger)
    {
        _queue = queue;
        _checkpointer = checkpointer;
        _options = options;
        _files = files;
        _writer = writer;
        _readers = readers;
        if (options.PurgeInterval > TimeSpan.Zero && options.HistoryDays > 0)
        {
            _purger = new HistoryPurger(this, options.PurgeInterval, options.TimeProvider, logger);
        }
    }

    /// <summary>Transactions the writer has committed: far fewer than <see cref="WriteCount"/> under load.</summary>
    public long TransactionCount => _writer.Transactions;

    /// <summary>Writes the writer has committed.</summary>
    public long WriteCount => _writer.Writes;

    /// <summary>History rows refused because <see cref="StoreOptions.MaxPendingHistory"/> were waiting.</summary>
    public long HistoryRefusedCount => _queue.HistoryRefused;

    /// <summary>The database file.</summary>
    public string DatabasePath => _files.DatabasePath;

    /// <summary>Raised after each periodic purge with the number of messages it deleted.</summary>
    internal event Action<int>? Purged
    {
        add { if (_purger is not null) _purger.Purged += value; }
        remove { if (_purger is not null) _purger.Purged -= value; }
    }

    /// <summary>Raised on the writer thread after each commit that held history, with the number of its messages.</summary>
    internal event Action<int>? HistoryCommitted
    {
        add => _writer.HistoryCommitted += value;
        remove => _writer.HistoryCommitted -= value;
    }

    /// <summary>Raised after each background checkpoint with the frames in the log and those copied to the database.</summary>
    internal event Action<int, int>? Checkpointed
    {
        add => _checkpointer.Checkpointed += value;
        remove => _checkpointer.Checkpointed -= value;
    }

    /// <summary>Opens (creating or migrating as needed) the store described by <paramref name="options"/>.</summary>
    /// <exception cref="StoreUnavailableException">The data directory or database file cannot be used.</exception>
    public static SqliteChatStore Open(StoreOptions options, ILogger? logger = null) =>
        Open(options, SchemaMigrations.All, logger ?? NullLogger.Instance);

    internal static SqliteChatStore Open(StoreOptions options, IReadOnlyList<SchemaMigration> migrations, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var files = StoreFiles.Claim(options.DataDirectory);
        SqliteConnection? connection = null;
        ReaderPool? readers = null;
        WalCheckpointer? checkpointer = null;
        try
        {
            connection = WriterConnection.Open(files, options.Synchronous);
            var version = SchemaMigrator.Migrate(connection, migrations, files.DatabasePath);

            readers = new ReaderPool(files.ConnectionString(SqliteOpenMode.ReadOnly), Environment.ProcessorCount * 2);
            readers.Return(readers.Rent());

            checkpointer = new WalCheckpointer(files.ConnectionString(SqliteOpenMode.ReadWrite), CheckpointInterval, logger);
            var queue = new WriteQueue(WriteQueue.LastMessageId(connection), options.MaxPendingHistory);
            var writer = new StoreWriter(queue, connection, options.MaxBatchSize, files.DatabasePath, logger);
            logger.LogInformation("Store opened at {Path} (schema version {Version}, synchronous {Synchronous})",
                files.DatabasePath, version, options.Synchronous);
            return new SqliteChatStore(options, files, queue, writer, readers, checkpointer, logger);
        }
        catch (SqliteException exception)
        {
            Cleanup();
            throw files.Explain(exception);
        }
        catch
        {
            Cleanup();
            throw;
        }

        void Cleanup()
        {
            checkpointer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            readers?.Dispose();
            connection?.Dispose();
            files.Dispose();
        }
    }

    /// <inheritdoc />
    public Task<string> RecordLoginAsync(string name, DateTimeOffset at)
    {
        CheckName(name);
        return Write((name, at.ToUnixTimeMilliseconds()), static (c, s) => c.RecordLogin(s.name, s.Item2));
    }

    /// <inheritdoc />
    public Task<string?> FindNameAsync(string name)
    {
        CheckName(name);
        return Read(name, static (r, s) => r.FindName(s));
    }

    /// <inheritdoc />
    public Task SetLastSeenAsync(string name, DateTimeOffset at)
    {
        CheckName(name);
        return Write((name, at.ToUnixTimeMilliseconds()), static (c, s) => c.SetLastSeen(s.name, s.Item2));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> NamesSeenSinceAsync(DateTimeOffset since) =>
        Read(since.ToUnixTimeMilliseconds(), static (r, s) => r.NamesSeenSince(s));

    /// <inheritdoc />
    public Task AddBlockAsync(string blocker, string blocked)
    {
        CheckName(blocker);
        CheckName(blocked);
        return Write((blocker, blocked), static (c, s) => c.AddBlock(s.blocker, s.blocked));
    }

    /// <inheritdoc />
    public Task RemoveBlockAsync(string blocker, string blocked)
    {
        CheckName(blocker);
        CheckName(blocked);
        return Write((blocker, blocked), static (c, s) => c.RemoveBlock(s.blocker, s.blocked));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetBlocksAsync(string blocker)
    {
        CheckName(blocker);
        return Read(blocker, static (r, s) => r.Blocks(s));
    }

    /// <inheritdoc />
    public Task<bool> IsBlockedAsync(string blocker, string blocked)
    {
        CheckName(blocker);
        CheckName(blocked);
        return Read((blocker, blocked), static (r, s) => r.IsBlocked(s.blocker, s.blocked));
    }

    /// <inheritdoc />
    public Task<long> AppendMessageAsync(string from, string to, DateTimeOffset sentAt, string text, bool delivered)
    {
        CheckName(from);
        CheckName(to);
        ArgumentNullException.ThrowIfNull(text);
        ThrowIfDisposed();
        var request = _queue.EnqueueMessage((from, to, sentAt.ToUnixTimeMilliseconds(), text, delivered),
            static (id, s) => new WriteRequest<MessageRow, long>(
                new MessageRow(id, s.from, s.to, s.Item3, s.text, s.delivered), static (c, row) => c.Append(row)));
        return request.Task;
    }

    /// <inheritdoc />
    public bool TryAppendHistory(
        string from, string to, DateTimeOffset sentAt, ReadOnlyMemory<byte> utf8Text, out long id)
    {
        CheckName(from);
        CheckName(to);
        ThrowIfDisposed();
        return _queue.TryAddHistory(from, to, sentAt.ToUnixTimeMilliseconds(), utf8Text, out id);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredMessage>> GetUndeliveredAsync(string recipient, long afterId = 0, int maxCount = int.MaxValue)
    {
        CheckName(recipient);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        return Read((recipient, afterId, maxCount), static (r, s) => r.Undelivered(s.recipient, s.afterId, s.maxCount));
    }

    /// <inheritdoc />
    public Task MarkDeliveredAsync(IReadOnlyCollection<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        // A copy: the caller may reuse its collection before the writer gets to this request.
        return ids.Count == 0 ? Task.CompletedTask : Write(ids.ToArray(), static (c, s) => c.SetDelivered(s, true));
    }

    /// <inheritdoc />
    public Task MarkUndeliveredAsync(IReadOnlyCollection<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0 ? Task.CompletedTask : Write(ids.ToArray(), static (c, s) => c.SetDelivered(s, false));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Commits the history waiting in the writer first, if any (one transaction), so that every message delivered
    /// before the call is in the answer, although history is otherwise committed up to a window later.
    /// </remarks>
    public async Task<IReadOnlyList<StoredMessage>> GetInboxAsync(string name, int count)
    {
        CheckName(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (_queue.LastHistoryId > _writer.HistoryDoneThrough)
        {
            await Write(0, static (_, _) => 0).ConfigureAwait(false);
        }

        return await Read((name, Math.Min(count, StoreLimits.MaxInboxCount), RetainedSinceMs()),
            static (r, s) => r.Inbox(s.name, s.Item2, s.Item3)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> PurgeHistoryAsync()
    {
        if (_options.HistoryDays == 0)
        {
            return 0;
        }

        var before = RetainedSinceMs();
        var total = 0;
        int deleted;
        do
        {
            // A bounded piece per write request, so other writes queue in between rather than behind the whole purge.
            deleted = await Write(before, static (c, s) => c.Purge(s, PurgeChunk)).ConfigureAwait(false);
            total += deleted;
        }
        while (deleted == PurgeChunk);

        (int Chunks, int Messages) chunks;
        do
        {
            chunks = await Write(before, static (c, s) => c.PurgeChunks(s, PurgeChunks)).ConfigureAwait(false);
            total += chunks.Messages;
        }
        while (chunks.Chunks == PurgeChunks);

        return total;
    }

    /// <summary>Delivered messages sent before this (Unix ms) are past retention: purged, and not shown meanwhile.</summary>
    private long RetainedSinceMs() => _options.HistoryDays == 0
        ? long.MinValue
        : (_options.TimeProvider.GetUtcNow() - TimeSpan.FromDays(_options.HistoryDays)).ToUnixTimeMilliseconds();

    /// <inheritdoc />
    public Task FlushAsync()
    {
        ThrowIfDisposed();
        var request = new CheckpointRequest();
        _queue.Enqueue(request);
        return request.Task;
    }

    /// <summary>Stops the purge, commits every queued write, checkpoints, and closes the files.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_purger is not null)
        {
            await _purger.DisposeAsync().ConfigureAwait(false);
        }

        await _checkpointer.DisposeAsync().ConfigureAwait(false);
        await _writer.StopAsync().ConfigureAwait(false);
        _readers.Dispose();
        _files.Dispose();
    }

    private Task<TResult> Write<TState, TResult>(TState state, Func<WriterCommands, TState, TResult> operation)
    {
        ThrowIfDisposed();
        var request = new WriteRequest<TState, TResult>(state, operation);
        _queue.Enqueue(request);
        return request.Task;
    }

    private Task<TResult> Read<TState, TResult>(TState state, Func<ReaderSession, TState, TResult> operation)
    {
        ThrowIfDisposed();
        ReaderSession session;
        try
        {
            session = _readers.Rent();
        }
        catch (SqliteException exception)
        {
            return Task.FromException<TResult>(ReadFailed(exception));
        }

        try
        {
            return Task.FromResult(operation(session, state));
        }
        catch (Exception exception) when (exception is SqliteException or InvalidDataException)
        {
            return Task.FromException<TResult>(ReadFailed(exception));
        }
        finally
        {
            _readers.Return(session);
        }
    }

    private StoreException ReadFailed(Exception exception) =>
        new($"Read from the store at '{_files.DatabasePath}' failed: {exception.Message}", exception);

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

    private static void CheckName(string name) => ArgumentException.ThrowIfNullOrEmpty(name);
}
