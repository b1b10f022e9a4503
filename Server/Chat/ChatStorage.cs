using ActorChat.Server.Storage;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Chat;

/// <summary>
/// What the chat actors need of the store: the store itself (one writer behind it, so actors only start its calls
/// and get answers as messages, never waiting on the disk), whether delivered messages are kept as history, and the
/// names known when the server started.
/// </summary>
internal sealed class ChatStorage
{
    /// <summary>Creates the storage view.</summary>
    public ChatStorage(IChatStore store, bool recordHistory, IEnumerable<string> knownNames, ILogger log)
    {
        Store = store;
        RecordHistory = recordHistory;
        KnownNames = knownNames.ToArray();
        Log = log;
    }

    /// <summary>The store.</summary>
    public IChatStore Store { get; }

    /// <summary>True to store messages delivered live too (for <c>INBOX</c>); offline ones are always stored.</summary>
    public bool RecordHistory { get; }

    /// <summary>Every name that had logged in when the server started.</summary>
    public IReadOnlyList<string> KnownNames { get; }

    /// <summary>Where store failures are logged.</summary>
    public ILogger Log { get; }

    /// <summary>Starts a write nobody waits for; a failure is logged, not lost silently.</summary>
    public void Behind(Task write, string what)
    {
        if (write.IsCompletedSuccessfully) return;
        write.ContinueWith(
            static (t, state) =>
            {
                var (log, what) = ((ILogger, string))state!;
                StoreLog.WriteFailed(log, t.Exception!.GetBaseException(), what);
            },
            (Log, what), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }
}
