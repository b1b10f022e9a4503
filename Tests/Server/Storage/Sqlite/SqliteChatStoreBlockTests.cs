namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class SqliteChatStoreBlockTests : OpenStoreTests
{
    [Fact]
    public async Task Blocks_are_listed_per_blocker_sorted()
    {
        await Store.AddBlockAsync("alice", "mallory");
        await Store.AddBlockAsync("alice", "eve");
        await Store.AddBlockAsync("bob", "trent");

        Assert.Equal(["eve", "mallory"], await Store.GetBlocksAsync("alice"));
        Assert.Equal(["trent"], await Store.GetBlocksAsync("bob"));
        Assert.Empty(await Store.GetBlocksAsync("carol"));
    }

    [Fact]
    public async Task Blocking_twice_in_another_case_is_one_block()
    {
        await Store.AddBlockAsync("alice", "Eve");
        await Store.AddBlockAsync("ALICE", "eve");

        Assert.Equal(["Eve"], await Store.GetBlocksAsync("Alice"));
        Assert.True(await Store.IsBlockedAsync("alice", "EVE"));
    }

    [Fact]
    public async Task Unblocking_removes_the_block_and_is_idempotent()
    {
        await Store.AddBlockAsync("alice", "eve");
        await Store.RemoveBlockAsync("Alice", "EVE");
        await Store.RemoveBlockAsync("alice", "eve");

        Assert.Empty(await Store.GetBlocksAsync("alice"));
        Assert.False(await Store.IsBlockedAsync("alice", "eve"));
    }

    [Fact]
    public async Task A_block_is_one_way()
    {
        await Store.AddBlockAsync("alice", "eve");

        Assert.True(await Store.IsBlockedAsync("alice", "eve"));
        Assert.False(await Store.IsBlockedAsync("eve", "alice"));
    }
}
