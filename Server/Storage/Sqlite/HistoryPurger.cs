using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>Runs the history purge every interval until disposed; a failed purge is logged and tried again next time.</summary>
internal sealed class HistoryPurger : IAsyncDisposable
{
    private readonly PeriodicTimer _timer;
    private readonly Task _loop;

    public HistoryPurger(IChatStore store, TimeSpan interval, TimeProvider timeProvider, ILogger logger)
    {
        _timer = new PeriodicTimer(interval, timeProvider);
        _loop = RunAsync(store, logger);
    }

    /// <summary>Raised after each purge with the number of messages deleted.</summary>
    public event Action<int>? Purged;

    public async ValueTask DisposeAsync()
    {
        _timer.Dispose();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync(IChatStore store, ILogger logger)
    {
        while (await _timer.WaitForNextTickAsync().ConfigureAwait(false))
        {
            try
            {
                var deleted = await store.PurgeHistoryAsync().ConfigureAwait(false);
                if (deleted > 0)
                {
                    logger.LogInformation("Store purged {Count} delivered messages past the history retention", deleted);
                }

                Purged?.Invoke(deleted);
            }
            catch (Exception exception) when (exception is StoreException or ObjectDisposedException)
            {
                logger.LogError(exception, "Store history purge failed; retrying at the next interval");
            }
        }
    }
}
