using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// What waits for the writer thread: awaited write requests in order, and history rows (messages delivered live,
/// stored for <c>INBOX</c>, awaited by nobody) as plain structs, without a task each. Message ids are handed out here,
/// under the same lock as the queueing, so that ids increase in the order messages are queued on either path.
/// </summary>
/// <remarks>
/// Requests are unbounded: their callers bound them by awaiting. History rows are bounded by
/// <see cref="StoreOptions.MaxPendingHistory"/>: when that many wait, further history rows are refused (counted, and
/// logged by the writer) rather than queued without bound or waited for, since the live path never waits on the
/// disk. A refused row is only history: its message was delivered; the caller keeps what it needs to store it
/// another way (a slow consumer's unsent messages are then stored as offline ones).
/// </remarks>
internal sealed class WriteQueue
{
    private readonly Lock _gate = new();
    private readonly Channel<IWriteRequest> _requests = Channel.CreateUnbounded<IWriteRequest>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly int _historyLimit;
    private List<HistoryRow> _history = [];
    private long _lastId;
    private long _lastHistoryId;
    private long _refused;
    private long _refusedTotal;
    private int _wakeAt = 1;
    private bool _woken;
    private bool _closed;

    /// <summary>Creates the queue; ids handed out start after <paramref name="lastId"/>.</summary>
    public WriteQueue(long lastId, int historyLimit)
    {
        _lastId = lastId;
        _historyLimit = historyLimit;
    }

    /// <summary>
    /// The highest message id ever handed out: in <c>messages</c> (AUTOINCREMENT's record survives purging the
    /// newest rows), in the history chunks, or in chunks purged (<c>message_ids</c>).
    /// </summary>
    public static long LastMessageId(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'messages'), 0),
                       coalesce((SELECT max(id) FROM messages), 0),
                       coalesce((SELECT max(last_id) FROM history_chunks), 0),
                       (SELECT last_id FROM message_ids))
            """;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>The id of the newest history row queued (0 if none).</summary>
    public long LastHistoryId
    {
        get
        {
            lock (_gate) return _lastHistoryId;
        }
    }

    /// <summary>The awaited requests, for the writer thread.</summary>
    public ChannelReader<IWriteRequest> Requests => _requests.Reader;

    /// <summary>History rows refused so far because <see cref="StoreOptions.MaxPendingHistory"/> were waiting.</summary>
    public long HistoryRefused
    {
        get
        {
            lock (_gate) return _refusedTotal;
        }
    }

    /// <summary>Queues a request; throws <see cref="ObjectDisposedException"/> once the writer is stopping.</summary>
    public void Enqueue(IWriteRequest request)
    {
        lock (_gate)
        {
            Write(request);
        }
    }

    /// <summary>Queues the request <paramref name="create"/> makes for a message with a fresh id.</summary>
    public TRequest EnqueueMessage<TState, TRequest>(TState state, Func<long, TState, TRequest> create)
        where TRequest : IWriteRequest
    {
        lock (_gate)
        {
            ThrowIfClosed();
            var request = create(_lastId + 1, state);
            Write(request);
            _lastId++;
            return request;
        }
    }

    /// <summary>
    /// Queues a history row with a fresh id and returns true, or returns false (and refuses the row) when
    /// <see cref="StoreOptions.MaxPendingHistory"/> rows are waiting already.
    /// </summary>
    public bool TryAddHistory(string from, string to, long sentAtMs, ReadOnlyMemory<byte> utf8Text, out long id)
    {
        lock (_gate)
        {
            ThrowIfClosed();
            if (_history.Count >= _historyLimit)
            {
                _refused++;
                _refusedTotal++;
                id = 0;
                return false;
            }

            id = ++_lastId;
            _lastHistoryId = id;
            _history.Add(new HistoryRow(id, from, to, sentAtMs, utf8Text));
            if (!_woken && _history.Count >= _wakeAt)
            {
                _woken = true;
                Write(HistoryWake.Instance);
            }

            return true;
        }
    }

    /// <summary>
    /// Writer thread: swaps every waiting history row into <paramref name="rows"/> (which must be empty) and returns
    /// how many rows were refused since the last take. The writer is woken again for history once
    /// <paramref name="wakeAt"/> rows wait: more than one when it comes back on its own soon, so that a busy live
    /// path does not wake it for every few rows.
    /// </summary>
    public long TakeHistory(ref List<HistoryRow> rows, int wakeAt = 1)
    {
        lock (_gate)
        {
            (rows, _history) = (_history, rows);
            _woken = false;
            _wakeAt = Math.Clamp(wakeAt, 1, Math.Max(1, _historyLimit / 2));
            var refused = _refused;
            _refused = 0;
            return refused;
        }
    }

    /// <summary>
    /// Writer thread, before waiting with nothing buffered: wake it at the next history row (at once if rows wait).
    /// </summary>
    public void WakeAtNextHistory()
    {
        lock (_gate)
        {
            _wakeAt = 1;
            if (!_woken && !_closed && _history.Count > 0)
            {
                _woken = true;
                Write(HistoryWake.Instance);
            }
        }
    }

    /// <summary>Takes nothing more; what is queued stays for the writer to drain.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _closed = true;
            _requests.Writer.TryComplete();
        }
    }

    private void Write(IWriteRequest request)
    {
        ThrowIfClosed();
        _requests.Writer.TryWrite(request);
    }

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            throw new ObjectDisposedException(nameof(SqliteChatStore), "The store is closed.");
        }
    }
}
