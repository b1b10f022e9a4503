using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// The one writer: a dedicated thread takes every write queued so far (up to the batch limit), runs them in one
/// transaction and commits once (group commit), then completes their tasks. Durability costs one commit per batch,
/// not per write, and a write's task never completes before its commit. History rows waiting at that moment are
/// inserted first in the same transaction (a request queued after a history row, such as marking it undelivered,
/// therefore finds it), one statement each, without a task per row.
/// </summary>
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
    private long _transactions;
    private long _writes;

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

                CommitBatch();
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

    private static bool WaitForWork(ChannelReader<IWriteRequest> reader)
    {
        var wait = reader.WaitToReadAsync();
        return wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult();
    }

    private void CommitBatch()
    {
        TakeHistory();
        while (_batch.Count > 0 || _history.Count > 0)
        {
            var failedAt = -1;
            var inHistory = false;
            try
            {
                _commands.Begin();
                inHistory = true;
                _commands.AppendHistory(_history);
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
                        _history.Count);
                    _history.Clear();
                    continue;
                }

                if (failedAt < 0)
                {
                    // BEGIN or COMMIT failed: the database itself is in trouble, not one write.
                    _logger.LogError(exception, "Store commit of {Count} writes and {History} history rows failed",
                        _batch.Count, _history.Count);
                    _history.Clear();
                    FailAll(_batch, exception);
                    return;
                }

                // One bad write must not fail its neighbours: fail it alone and run the rest again.
                _logger.LogError(exception, "Store write failed; retrying the other {Count} of its batch", _batch.Count - 1);
                _batch[failedAt].Fail(Wrap(exception));
                _batch.RemoveAt(failedAt);
                continue;
            }

            Interlocked.Increment(ref _transactions);
            Interlocked.Add(ref _writes, _batch.Count + _history.Count);
            foreach (var request in _batch)
            {
                request.Complete();
            }

            _batch.Clear();
            _history.Clear();
        }
    }

    private void TakeHistory()
    {
        var refused = _queue.TakeHistory(ref _history);
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
