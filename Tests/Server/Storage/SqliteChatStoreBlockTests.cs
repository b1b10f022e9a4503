namespace ActorChat.Tests.Server.Storage;

public sealed class SqliteChatStoreBlockTests : IAsyncLifetime
{
    private readonly TempDataDirectory _dir = new();
    private ActorChat.Server.Storage.Sqlite.SqliteChatStore _store = null!;

    public Task InitializeAsync()
    {
        _store = _dir.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task Blocks_are_listed_per_blocker_sorted()
    {
        await _store.AddBlockAsync("alice", "mallory");
        await _store.AddBlockAsync("alice", "eve");
        await _store.AddBlockAsync("bob", "trent");

        Assert.Equal(["eve", "mallory"], await _store.GetBlocksAsync("alice"));
        Assert.Equal(["trent"], await _store.GetBlocksAsync("bob"));
        Assert.Empty(await _store.GetBlocksAsync("carol"));
    }

    [Fact]
    public async Task Blocking_twice_in_another_case_is_one_block()
    {
        await _store.AddBlockAsync("alice", "Eve");
        await _store.AddBlockAsync("ALICE", "eve");

        Assert.Equal(["Eve"], await _store.GetBlocksAsync("Alice"));
        Assert.True(await _store.IsBlockedAsync("alice", "EVE"));
    }

    [Fact]
    public async Task Unblocking_removes_the_block_and_is_idempotent()
    {
        await _store.AddBlockAsync("alice", "eve");
        await _store.RemoveBlockAsync("Alice", "EVE");
        await _store.RemoveBlockAsync("alice", "eve");

        Assert.Empty(await _store.GetBlocksAsync("alice"));
        Assert.False(await _store.IsBlockedAsync("alice", "eve"));
    }

    [Fact]
    public async Task A_block_is_one_way()
    {
        await _store.AddBlockAsync("alice", "eve");

        Assert.True(await _store.IsBlockedAsync("alice", "eve"));
        Assert.False(await _store.IsBlockedAsync("eve", "alice"));
    }
}
