using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// Copies the write-ahead log into the database file from its own connection, so that the writer never waits
/// for a checkpoint's disk syncs: a PASSIVE checkpoint runs beside the writer and readers without blocking them.
/// The writer's own automatic checkpoint is only a backstop for when this one falls behind.
/// </summary>
internal sealed class WalCheckpointer : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _checkpoint;
    private readonly PeriodicTimer _timer;
    private readonly ILogger _logger;
    private readonly Task _loop;

    public WalCheckpointer(string connectionString, TimeSpan interval, ILogger logger)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _checkpoint = _connection.CreateCommand();
        _checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        _timer = new PeriodicTimer(interval);
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Raised after each checkpoint with the frames in the log and how many of them are in the database.</summary>
    public event Action<int, int>? Checkpointed;

    public async ValueTask DisposeAsync()
    {
        _timer.Dispose();
        await _loop.ConfigureAwait(false);
        _checkpoint.Dispose();
        _connection.Dispose();
    }

    private async Task RunAsync()
    {
        while (await _timer.WaitForNextTickAsync().ConfigureAwait(false))
        {
            try
            {
                int logFrames, checkpointedFrames;
                using (var result = _checkpoint.ExecuteReader())
                {
                    result.Read();
                    (logFrames, checkpointedFrames) = (result.GetInt32(1), result.GetInt32(2));
                }

                Checkpointed?.Invoke(logFrames, checkpointedFrames);
            }
            catch (SqliteException exception)
            {
                // Nothing is lost: the log keeps every commit, and the writer's backstop checkpoint still runs.
                _logger.LogWarning(exception, "Store background checkpoint failed; retrying at the next interval");
            }
        }
    }
}
