using System.Threading.Channels;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>The writer thread's wait for a request, with or without a time limit. Writer thread only.</summary>
internal sealed class RequestWait : IDisposable
{
    private CancellationTokenSource _timeout = new();

    /// <summary>
    /// Blocks until a request can be read (true), the queue is closed and empty (false), or <paramref name="limit"/>
    /// passes (true: the caller does what is due).
    /// </summary>
    public bool Wait(ChannelReader<IWriteRequest> reader, TimeSpan? limit)
    {
        if (limit is null)
        {
            return Block(reader.WaitToReadAsync());
        }

        if (limit <= TimeSpan.Zero)
        {
            return true;
        }

        // A cancelled wait leaves no waiter behind in the channel (a timed wait on the task would).
        _timeout.CancelAfter(limit.Value);
        try
        {
            return Block(reader.WaitToReadAsync(_timeout.Token));
        }
        catch (OperationCanceledException)
        {
            return true;
        }
        finally
        {
            if (!_timeout.TryReset())
            {
                // Cancelled, or its timer fired as the wait ended: never reuse it.
                _timeout.Dispose();
                _timeout = new CancellationTokenSource();
            }
        }
    }

    public void Dispose() => _timeout.Dispose();

    // A wait already complete costs no task.
    private static bool Block(ValueTask<bool> wait) =>
        wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult();
}
