using ActorChat.Server.Storage.Sqlite;

namespace ActorChat.Tests.Server.Storage;

/// <summary>Tests that each run against a store opened fresh in a data directory of its own, closed and deleted after.</summary>
public abstract class OpenStoreTests : IAsyncLifetime
{
    private readonly TempDataDirectory _dir = new();

    /// <summary>The store of the running test, opened with the default options of <see cref="TempDataDirectory.Open"/>.</summary>
    protected SqliteChatStore Store { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Store = _dir.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        _dir.Dispose();
    }
}
