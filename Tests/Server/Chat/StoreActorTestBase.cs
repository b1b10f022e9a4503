using ActorChat.Server.Chat;
using ActorChat.Server.Storage.Sqlite;
using ActorChat.Tests.Server.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorChat.Tests.Server.Chat;

/// <summary>The registry and connection actors over a real store in a directory of their own.</summary>
public abstract class StoreActorTestBase : ChatActorTestBase
{
    private readonly TempDataDirectory _dir;

    private protected StoreActorTestBase(bool recordHistory, IEnumerable<string> knownNames)
        : this(new TempDataDirectory(), recordHistory, knownNames)
    {
    }

    private StoreActorTestBase(TempDataDirectory dir, bool recordHistory, IEnumerable<string> knownNames)
        : this(dir, dir.Open(), recordHistory, knownNames)
    {
    }

    private StoreActorTestBase(
        TempDataDirectory dir, SqliteChatStore store, bool recordHistory, IEnumerable<string> knownNames)
        // Answers here wait for commits: on a 2-core machine busy with the whole suite one took longer than the
        // default 3 s (StoreRoutingTests, once in a full local run).
        : base(storage: new ChatStorage(store, recordHistory, knownNames, NullLogger.Instance),
            config: "actorchat.testkit.expect-timeout = 10s")
    {
        _dir = dir;
        Store = store;
    }

    private protected SqliteChatStore Store { get; }

    protected override void Dispose(bool disposing)
    {
        // The actors first (they may still be writing), then the store, then its files.
        base.Dispose(disposing);
        if (!disposing) return;
        Store.DisposeAsync().AsTask().Wait();
        _dir.Dispose();
    }
}
