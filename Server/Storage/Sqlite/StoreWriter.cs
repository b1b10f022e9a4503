using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// The one writer: a dedicated thread takes every write queued so far (up to the batch limit), runs them in one
/// transaction and commits once (group commit), then completes their tasks. Durability costs one commit per batch,
/// not per write, and a write's task never completes before its commit.
/// </summary>
/// <remarks>
/// History rows (awaited by nobody) are taken as they come and encoded into per-name chunks at once, but committed
/// only with the next awaited write, or once the oldest has waited <see cref="HistoryWindow"/> or the chunks hold
/// <see cref="HistoryBytes"/>: the longer the window, the more messages per chunk and the fewer index entries per
/// message. Every commit inserts the chunks first, so a request queued after a history row (such as marking it
/// undelivered) finds it.
/// </remarks>
internal sealed class StoreWriter
{
    private readonly WriteQueue _queue;
    private readonly SqliteConnection _connection;
    private readonly WriterCommands _commands;
    private readonly int _maxBatchSize;
    private readonly string _path;
    private readonly ILogger _logger;
    private readonly List<IWriteRequest> _batch;
    private List<HistoryRow> _history = [];
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RequestWait _wait = new();
    private long _bufferedSince;
    private long _historyDoneThrough;
    private long _transactions;
    private long _writes;

    /// <summary>How long history may wait, encoded, for a commit when no awaited write comes.</summary>
    /// <remarks>
    /// Each commit inserts one chunk per name it holds, so the writer's work grows with commits, not messages: at
    /// 10,000 messages/s over 1,000 names a 250 ms window cost four times the inserts, and the commits' bursts set
    /// the live path's latency tail (docs/benchmarks.md, "History commits, collections and the latency tail").
    /// A crash loses at most this window of history, never an offline message.
    /// </remarks>
    public static readonly TimeSpan HistoryWindow = TimeSpan.FromSeconds(1);

    /// <summary>Encoded history at which a commit is due at once, so that the chunks' memory stays bounded.</summary>
    public const long HistoryBytes = 2 * 1024 * 1024;

    // While history is buffered the writer takes new rows this often on its own (their strings die young), and is
    // woken before that only by an awaited write or this many rows.
    private static readonly TimeSpan TakeInterval = TimeSpan.FromMilliseconds(10);
    private const int WakeRows = 4096;

    public StoreWriter(WriteQueue queue, SqliteConnection connection, int maxBatchSize, string path, ILogger logger)
    {
        _queue = queue;
        _connection = connection;
        _commands = new WriterCommands(connection);
        _maxBatchSize = maxBatchSize;
        _path = path;
        _logger = logger;
        _batch = new List<IWriteRequest>(maxBatchSize);
        var thread = new Thread(Run) { IsBackground = true, Name = "actorchat-store-writer" };
        thread.Start();
    }

    /// <summary>Transactions committed so far.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Writes committed so far.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Every history row up to this id is committed, or was given up (logged).</summary>
    public long HistoryDoneThrough => Interlocked.Read(ref _historyDoneThrough);

    /// <summary>Raised on the writer thread after each commit that held history, with the number of its messages.</summary>
    public event Action<int>? HistoryCommitted;

    /// <summary>Stops taking writes, commits every queued one, checkpoints and closes the connection.</summary>
    public Task StopAsync()
    {
        _queue.Complete();
        return _stopped.Task;
    }

    private void Run()
    {
        try
        {
            var reader = _queue.Requests;
            while (WaitForWork(reader))
            {
                while (_batch.Count < _maxBatchSize && reader.TryRead(out var request))
                {
                    if (request is HistoryWake)
                    {
                        continue;
                    }

                    if (request is CheckpointRequest checkpoint)
                    {
                        CommitBatch();
                        RunCheckpoint(checkpoint);
                        continue;
                    }

                    _batch.Add(request);
                }

                BufferHistory();
                if (_batch.Count > 0 || HistoryDue())
                {
                    CommitBatch();
                }
            }

            // History rows queued just before the close, with no request after them.
            CommitBatch();
            CloseCheckpoint();
        }
        catch (Exception exception)
        {
            _logger.LogCritical(exception, "Store writer for {Path} stopped unexpectedly", _path);
            _queue.Complete();
            FailAll(_batch, exception);
            _queue.TakeHistory(ref _history);
            _history.Clear();
            ClearHistory();
            while (_queue.Requests.TryRead(out var request))
            {
                request.Fail(Wrap(exception));
            }
        }
        finally
        {
            _commands.Dispose();
            _connection.Dispose();
            _stopped.TrySetResult();
        }
    }

    private void CloseCheckpoint()
    {
        try
        {
            // Leaves the database whole in one file; everything is already committed, so failing here loses nothing.
            _commands.Checkpoint("TRUNCATE");
        }
        catch (SqliteException exception)
        {
            _logger.LogWarning(exception, "Store checkpoint at close failed for {Path}", _path);
        }
    }

    /// <summary>Waits for a request, or until it is time to take or commit buffered history.</summary>
    private bool WaitForWork(ChannelReader<IWriteRequest> reader)
    {
        if (_commands.History.Buffered == 0)
        {
            _queue.WakeAtNextHistory();
            return _wait.Wait(reader, null);
        }

        var left = HistoryWindow - System.Diagnostics.Stopwatch.GetElapsedTime(_bufferedSince);
        return _wait.Wait(reader, left < TakeInterval ? left : TakeInterval);
    }

    private void ClearHistory()
    {
        _commands.History.Clear();
        Interlocked.Exchange(ref _historyDoneThrough, _commands.History.LastBufferedId);
    }

    private bool HistoryDue() => _commands.History.Buffered > 0
        && (_commands.History.BufferedBytes >= HistoryBytes
            || System.Diagnostics.Stopwatch.GetElapsedTime(_bufferedSince) >= HistoryWindow);

    /// <summary>Takes the history rows waiting in the queue and encodes them into the chunks at once.</summary>
    private void BufferHistory()
    {
        TakeHistory();
        if (_history.Count == 0)
        {
            return;
        }

        if (_commands.History.Buffered == 0)
        {
            _bufferedSince = System.Diagnostics.Stopwatch.GetTimestamp();
        }

        _commands.History.Buffer(_history);
        _history.Clear();
    }

    private void CommitBatch()
    {
        BufferHistory();
        while (_batch.Count > 0 || _commands.History.Buffered > 0)
        {
            var failedAt = -1;
            var inHistory = false;
            try
            {
                _commands.Begin();
                inHistory = true;
                _commands.History.Write();
                inHistory = false;
                for (var i = 0; i < _batch.Count; i++)
                {
                    failedAt = i;
                    _batch[i].Execute(_commands);
                }

                failedAt = -1;
                _commands.Commit();
            }
            catch (Exception exception)
            {
                TryRollback();
                if (inHistory)
                {
                    // Ids are unique and values checked when queued, so this is the database in trouble; the
                    // rows are history only (their messages were delivered), so the requests go on without them.
                    _logger.LogError(exception, "Store history insert of {Count} delivered messages failed; they are not kept",
                        _commands.History.Buffered);
                    ClearHistory();
                    continue;
                }

                if (failedAt < 0)
                {
                    // BEGIN or COMMIT failed: the database itself is in trouble, not one write.
                    _logger.LogError(exception, "Store commit of {Count} writes and {History} history rows failed",
                        _batch.Count, _commands.History.Buffered);
                    ClearHistory();
                    FailAll(_batch, exception);
                    return;
                }

                // One bad write must not fail its neighbours: fail it alone and run the rest again.
                _logger.LogError(exception, "Store write failed; retrying the other {Count} of its batch", _batch.Count - 1);
                _batch[failedAt].Fail(Wrap(exception));
                _batch.RemoveAt(failedAt);
                continue;
            }

            var history = _commands.History.Buffered;
            ClearHistory();
            Interlocked.Increment(ref _transactions);
            Interlocked.Add(ref _writes, _batch.Count + history);
            foreach (var request in _batch)
            {
                request.Complete();
            }

            _batch.Clear();
            if (history > 0)
            {
                HistoryCommitted?.Invoke(history);
            }
        }
    }

    private void TakeHistory()
    {
        // The writer comes back within TakeInterval on its own while history is buffered, and arms a wake at the
        // next row before it waits without it (WaitForWork).
        var refused = _queue.TakeHistory(ref _history, WakeRows);
        if (refused > 0)
        {
            _logger.LogWarning("Store history fell behind: {Count} delivered messages were not kept for INBOX", refused);
        }
    }

    private void RunCheckpoint(CheckpointRequest request)
    {
        try
        {
            request.Execute(_commands);
            request.Complete();
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Store checkpoint failed");
            request.Fail(Wrap(exception));
        }
    }

    private void TryRollback()
    {
        try
        {
            // SQLite may already have rolled back on its own (e.g. disk full); then ROLLBACK itself fails.
            if (!_connection.Handle!.IsInvalid && SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle) == 0)
            {
                _commands.Rollback();
            }
        }
        catch (SqliteException exception)
        {
            _logger.LogError(exception, "Store rollback failed");
        }
    }

    private void FailAll(List<IWriteRequest> requests, Exception exception)
    {
        foreach (var request in requests)
        {
            request.Fail(Wrap(exception));
        }

        requests.Clear();
    }

    private StoreException Wrap(Exception exception) =>
        exception as StoreException ?? new StoreException($"Write to the store at '{_path}' failed: {exception.Message}", exception);
}
