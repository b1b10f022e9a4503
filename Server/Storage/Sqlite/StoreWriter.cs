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
                        RunAlone(checkpoint);
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
        if (_batch.Count == 0)
        {
            return;
        }

        try
        {
            RunInTransaction(_batch);
            foreach (var request in _batch)
            {
                request.Complete();
            }
        }
        catch (Exception exception) when (_batch.Count > 1)
        {
            // One bad write must not fail its neighbours: retry each alone, so only the culprit fails.
            _logger.LogWarning(exception, "Store batch of {Count} writes failed; retrying them one by one", _batch.Count);
            foreach (var request in _batch)
            {
                RunAlone(request);
            }
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Store write failed");
            _batch[0].Fail(Wrap(exception));
        }
        finally
        {
            _batch.Clear();
        }
    }

    private void RunAlone(IWriteRequest request)
    {
        try
        {
            if (request is CheckpointRequest)
            {
                request.Execute(_commands);
            }
            else
            {
                RunInTransaction([request]);
            }

            request.Complete();
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Store write failed");
            request.Fail(Wrap(exception));
        }
    }

    private void RunInTransaction(List<IWriteRequest> requests)
    {
        _commands.Begin();
        try
        {
            foreach (var request in requests)
            {
                request.Execute(_commands);
            }

            _commands.Commit();
        }
        catch
        {
            TryRollback();
            throw;
        }

        Interlocked.Increment(ref _transactions);
        Interlocked.Add(ref _writes, requests.Count);
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
