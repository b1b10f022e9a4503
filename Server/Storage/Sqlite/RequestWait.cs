using System.Threading.Channels;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>The writer thread's wait for a request, with or without a time limit. Writer thread only.</summary>
internal sealed class RequestWait
{
    // The channel's wait from a timed wait that ran out, waited on again next time: one waiter in the channel at
    // most, and no cancellation (its exception cost more than the writer's work on a quiet server, 100 times a second).
    private Task<bool>? _pending;

    /// <summary>
    /// Blocks until a request can be read (true), the queue is closed and empty (false), or <paramref name="limit"/>
    /// passes (true: the caller does what is due).
    /// </summary>
    public bool Wait(ChannelReader<IWriteRequest> reader, TimeSpan? limit)
    {
        if (limit <= TimeSpan.Zero)
        {
            return true;
        }

        var pending = _pending;
        if (pending is null)
        {
            var wait = reader.WaitToReadAsync();
            // A wait already complete costs no task.
            if (wait.IsCompletedSuccessfully)
            {
                return wait.Result;
            }

            pending = wait.AsTask();
        }

        if (limit is { } time && !pending.Wait(time))
        {
            _pending = pending;
            return true;
        }

        _pending = null;
        return pending.GetAwaiter().GetResult();
    }
}
