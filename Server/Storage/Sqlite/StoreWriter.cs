using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// The one writer: a dedicated thread takes every write queued so far (up to the batch limit), runs them in one
/// transaction and commits once (group commit), then completes their tasks. Durability costs one commit per batch,
/// not per write, and a write's task never completes before its commit.
/// </summary>
internal sealed class StoreWriter
{
    private readonly Channel<IWriteRequest> _queue = Channel.CreateUnbounded<IWriteRequest>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly SqliteConnection _connection;
    private readonly WriterCommands _commands;
    private readonly int _maxBatchSize;
    private readonly string _path;
    private readonly ILogger _logger;
    private readonly List<IWriteRequest> _batch;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _transactions;
    private long _writes;

    public StoreWriter(SqliteConnection connection, int maxBatchSize, string path, ILogger logger)
    {
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

    /// <summary>Queues a write; throws <see cref="ObjectDisposedException"/> once the writer is stopping.</summary>
    public void Enqueue(IWriteRequest request)
    {
        if (!_queue.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(SqliteChatStore), "The store is closed.");
        }
    }

    /// <summary>Stops taking writes, commits every queued one, checkpoints and closes the connection.</summary>
    public Task StopAsync()
    {
        _queue.Writer.TryComplete();
        return _stopped.Task;
    }

    private void Run()
    {
        try
        {
            var reader = _queue.Reader;
            while (WaitForWork(reader))
            {
                while (_batch.Count < _maxBatchSize && reader.TryRead(out var request))
                {
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

            CloseCheckpoint();
        }
        catch (Exception exception)
        {
            _logger.LogCritical(exception, "Store writer for {Path} stopped unexpectedly", _path);
            _queue.Writer.TryComplete();
            FailAll(_batch, exception);
            while (_queue.Reader.TryRead(out var request))
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
        while (_batch.Count > 0)
        {
            var failedAt = -1;
            try
            {
                _commands.Begin();
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
                if (failedAt < 0)
                {
                    // BEGIN or COMMIT failed: the database itself is in trouble, not one write.
                    _logger.LogError(exception, "Store commit of {Count} writes failed", _batch.Count);
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
            Interlocked.Add(ref _writes, _batch.Count);
            foreach (var request in _batch)
            {
                request.Complete();
            }

            _batch.Clear();
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
