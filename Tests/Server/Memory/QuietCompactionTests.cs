using ActorChat.Server.Memory;
using ActorChat.Server.Transport;
using ActorChat.Tests.Server.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorChat.Tests.Server.Memory;

public sealed class QuietCompactionTests
{
    [Fact]
    public async Task A_compaction_gives_the_transport_buffers_a_burst_left_free_back_to_the_GC()
    {
        using var memory = new PinnedBlockPoolFactory(TimeSpan.FromHours(1));
        var pool = (PinnedBlockPool)memory.Create();
        using var stillRented = pool.Rent();
        var burst = BlockBurst.RentAndReturn(pool, 8);
        // A period no test waits for: the compaction is run directly.
        await using var compaction = new QuietCompaction(TimeSpan.FromHours(1), memory, NullLogger.Instance);

        compaction.Compact();

        Assert.Equal(0, pool.FreeBlocks);
        // The compaction's own collection took them: no later collection was needed.
        Assert.DoesNotContain(burst, block => block.IsAlive);
        Assert.Equal(PinnedBlockPool.BlockSize, stillRented.Memory.Length);
    }
}
