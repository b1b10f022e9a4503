using ActorChat.Server.Transport;

namespace ActorChat.Tests.Server.Transport;

public sealed class PinnedBlockPoolTests
{
    [Fact]
    public void A_rented_block_is_one_page_and_a_returned_block_is_rented_again()
    {
        using var pool = new PinnedBlockPool(trimPeriod: null);
        var first = pool.Rent();
        Assert.Equal(PinnedBlockPool.BlockSize, first.Memory.Length);
        var memory = first.Memory;
        first.Dispose();
        Assert.Equal(1, pool.FreeBlocks);
        var second = pool.Rent();
        Assert.True(second.Memory.Span == memory.Span, "the returned block was not reused");
        Assert.Equal(0, pool.FreeBlocks);
    }

    [Fact]
    public void Blocks_are_on_the_pinned_heap()
    {
        using var pool = new PinnedBlockPool(trimPeriod: null);
        using var block = pool.Rent();
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(block.Memory, out var array));
        // Pinned-heap objects report the highest generation (2) and never move, so sockets can use them unpinned.
        Assert.Equal(GC.MaxGeneration, GC.GetGeneration(array.Array!));
    }

    [Fact]
    public void A_request_larger_than_a_block_is_refused()
    {
        using var pool = new PinnedBlockPool(trimPeriod: null);
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.Rent(PinnedBlockPool.BlockSize + 1));
        Assert.Equal(PinnedBlockPool.BlockSize, pool.Rent(PinnedBlockPool.BlockSize).Memory.Length);
    }

    [Fact]
    public void Trim_releases_the_free_blocks_no_rent_needed_since_the_previous_trim()
    {
        using var pool = new PinnedBlockPool(trimPeriod: null);
        var burst = Enumerable.Range(0, 10).Select(_ => pool.Rent()).ToList();
        foreach (var block in burst) block.Dispose();
        Assert.Equal(10, pool.FreeBlocks);
        // The burst's period: the free list ran dry, so nothing was surplus yet.
        Assert.Equal(0, pool.Trim());
        // A quieter period that needs at most 3 blocks at a time: the 7 never touched go.
        for (var i = 0; i < 5; i++)
        {
            var few = Enumerable.Range(0, 3).Select(_ => pool.Rent()).ToList();
            foreach (var block in few) block.Dispose();
        }
        Assert.Equal(7, pool.Trim());
        Assert.Equal(3, pool.FreeBlocks);
        // A period without any rent: everything free goes.
        Assert.Equal(3, pool.Trim());
        Assert.Equal(0, pool.FreeBlocks);
    }

    [Fact]
    public void ReleaseFree_lets_the_GC_take_every_free_block_and_rented_ones_still_come_back()
    {
        using var pool = new PinnedBlockPool(trimPeriod: null);
        var rented = Enumerable.Range(0, 4).Select(_ => pool.Rent()).ToList();
        var released = BlockBurst.RentAndReturn(pool, 6);
        Assert.Equal(6, pool.ReleaseFree());
        Assert.Equal(0, pool.FreeBlocks);
        GC.Collect();
        Assert.DoesNotContain(released, block => block.IsAlive);
        foreach (var block in rented) block.Dispose();
        Assert.Equal(4, pool.FreeBlocks);
        // The trim's period starts empty: what came back since is no surplus of it yet.
        Assert.Equal(0, pool.Trim());
    }

    [Fact]
    public void The_factory_releases_the_free_blocks_of_all_its_pools()
    {
        using var factory = new PinnedBlockPoolFactory(TimeSpan.FromHours(1));
        var pools = new[] { factory.Create(), factory.Create() };
        foreach (var pool in pools) BlockBurst.RentAndReturn((PinnedBlockPool)pool, 3);
        Assert.Equal(6, factory.ReleaseFreeBlocks());
        Assert.All(pools, pool => Assert.Equal(0, ((PinnedBlockPool)pool).FreeBlocks));
    }

    [Fact]
    public void A_disposed_pool_refuses_rents_and_drops_returned_blocks()
    {
        var pool = new PinnedBlockPool(trimPeriod: null);
        var block = pool.Rent();
        pool.Dispose();
        block.Dispose();
        Assert.Equal(0, pool.FreeBlocks);
        Assert.Throws<ObjectDisposedException>(() => pool.Rent());
    }

    [Fact]
    public async Task Concurrent_rents_and_returns_never_hand_one_block_to_two_renters()
    {
        using var pool = new PinnedBlockPool(trimPeriod: null);
        var clashes = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                using var block = pool.Rent();
                var span = block.Memory.Span;
                span.Fill((byte)worker);
                if (i % 64 == 0) pool.Trim();
                foreach (var b in span[..64]) if (b != worker) Interlocked.Increment(ref clashes);
            }
        })));
        Assert.Equal(0, clashes);
    }

    [Fact]
    public void The_factory_gives_pools_and_disposes_them_with_itself()
    {
        var factory = new PinnedBlockPoolFactory(TimeSpan.FromHours(1));
        var pool = factory.Create();
        factory.Dispose();
        Assert.Throws<ObjectDisposedException>(() => pool.Rent());
    }

    [Fact]
    public void Transport_options_take_the_server_memory_pool()
    {
        using var factory = new PinnedBlockPoolFactory(TimeSpan.FromHours(1));
        var options = TransportOptions.Create(factory, out var usesMemory);
        Assert.True(usesMemory, "this framework's socket transport no longer takes a memory pool factory");
        var property = options.GetType().GetProperty("MemoryPoolFactory",
            System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic);
        Assert.Same(factory, property!.GetValue(options));
    }
}
