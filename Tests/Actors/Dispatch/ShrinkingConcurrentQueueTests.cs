using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Dispatch;

public sealed class ShrinkingConcurrentQueueTests
{
    private const int Initial = ShrinkingConcurrentQueue<long>.InitialCapacity;

    private static long Item(int producer, int sequence) => ((long)producer << 32) | (uint)sequence;

    [Fact]
    public void Items_come_out_in_the_order_they_went_in_across_growing_rings()
    {
        var queue = new ShrinkingConcurrentQueue<long>();
        for (var i = 0; i < 1000; i++) queue.Enqueue(i);
        var seen = new List<long>();
        while (queue.TryDequeue(out var item)) seen.Add(item);
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (long)i), seen);
    }

    [Fact]
    public void IsEmpty_follows_what_is_queued()
    {
        var queue = new ShrinkingConcurrentQueue<long>();
        Assert.True(queue.IsEmpty);
        for (var i = 0; i < 100; i++) queue.Enqueue(i);
        Assert.False(queue.IsEmpty);
        for (var i = 0; i < 99; i++) Assert.True(queue.TryDequeue(out _));
        Assert.False(queue.IsEmpty);
        Assert.True(queue.TryDequeue(out _));
        Assert.True(queue.IsEmpty);
        Assert.False(queue.TryDequeue(out _));
    }

    [Fact]
    public void A_burst_grows_the_ring_and_draining_it_goes_back_to_a_small_one()
    {
        var queue = new ShrinkingConcurrentQueue<long>();
        for (var i = 0; i < 10_000; i++) queue.Enqueue(i);
        // Past the first ring, into the ones the burst grew.
        for (var i = 0; i <= Initial; i++) Assert.True(queue.TryDequeue(out _));
        Assert.True(queue.HeadCapacity > Initial);
        while (queue.TryDequeue(out _)) { }
        Assert.Equal(Initial, queue.HeadCapacity);
    }

    [Fact]
    public void After_shrinking_the_queue_grows_again_and_keeps_order()
    {
        var queue = new ShrinkingConcurrentQueue<long>();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 500; i++) queue.Enqueue(i);
            for (var i = 0; i < 500; i++)
            {
                Assert.True(queue.TryDequeue(out var item));
                Assert.Equal(i, item);
            }
            Assert.False(queue.TryDequeue(out _));
            Assert.Equal(Initial, queue.HeadCapacity);
        }
    }

    [Fact]
    public void Within_its_ring_the_queue_keeps_its_size()
    {
        var queue = new ShrinkingConcurrentQueue<long>();
        for (var round = 0; round < 100; round++)
        {
            for (var i = 0; i < Initial; i++) queue.Enqueue(i);
            while (queue.TryDequeue(out _)) { }
        }
        Assert.Equal(Initial, queue.HeadCapacity);
    }

    [Fact]
    public async Task Concurrent_producers_lose_nothing_and_each_producers_items_stay_in_order()
    {
        const int producers = 4, perProducer = 200_000;
        var queue = new ShrinkingConcurrentQueue<long>();
        var next = new int[producers];
        var total = 0;
        // Producers burst while the consumer drains (and shrinks) under them.
        var sending = Enumerable.Range(0, producers).Select(p => Task.Run(() =>
        {
            for (var i = 0; i < perProducer; i++) queue.Enqueue(Item(p, i));
        })).ToArray();
        var spin = new SpinWait();
        while (total < producers * perProducer)
        {
            if (!queue.TryDequeue(out var item))
            {
                Assert.DoesNotContain(sending, t => t.IsFaulted);
                spin.SpinOnce();
                continue;
            }
            var producer = (int)(item >> 32);
            Assert.Equal(next[producer], (int)item);
            next[producer]++;
            total++;
        }
        await Task.WhenAll(sending);
        Assert.False(queue.TryDequeue(out _));
        Assert.All(next, n => Assert.Equal(perProducer, n));
        Assert.Equal(Initial, queue.HeadCapacity);
    }

    [Fact]
    public async Task Concurrent_consumers_take_every_item_exactly_once()
    {
        const int producers = 2, perProducer = 100_000, consumers = 2;
        var queue = new ShrinkingConcurrentQueue<long>();
        var taken = new int[producers * perProducer];
        var remaining = producers * perProducer;
        var sending = Enumerable.Range(0, producers).Select(p => Task.Run(() =>
        {
            for (var i = 0; i < perProducer; i++) queue.Enqueue(p * perProducer + i);
        }));
        var receiving = Enumerable.Range(0, consumers).Select(_ => Task.Run(() =>
        {
            var spin = new SpinWait();
            while (Volatile.Read(ref remaining) > 0)
            {
                if (queue.TryDequeue(out var item))
                {
                    Interlocked.Increment(ref taken[item]);
                    Interlocked.Decrement(ref remaining);
                }
                else spin.SpinOnce();
            }
        }));
        await Task.WhenAll(sending.Concat(receiving));
        Assert.All(taken, n => Assert.Equal(1, n));
    }

    [Fact]
    public void A_burst_after_shrinking_reuses_the_big_ring_and_allocates_nothing()
    {
        var queue = new ShrinkingConcurrentQueue<long>();
        // The first burst spreads over rings of 16 to 512 slots, the second ends in one of 1024 that holds it all.
        for (var burst = 0; burst < 2; burst++)
        {
            for (var i = 0; i < 1000; i++) queue.Enqueue(i);
            while (queue.TryDequeue(out _)) { }
        }
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) queue.Enqueue(i);
        while (queue.TryDequeue(out _)) { }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - allocated);
        Assert.Equal(Initial, queue.HeadCapacity);
        Assert.True(queue.HasSpare);
    }

    [Fact]
    public void Releasing_the_spare_rings_drops_them_and_the_next_burst_grows_new_ones_in_order()
    {
        var queue = new ShrinkingConcurrentQueue<long>();
        for (var i = 0; i < 1000; i++) queue.Enqueue(i);
        while (queue.TryDequeue(out _)) { }
        Assert.True(queue.HasSpare);
        ShrinkingConcurrentQueue<long>.ReleaseSpareRings();
        Assert.False(queue.HasSpare);
        for (var i = 0; i < 5000; i++) queue.Enqueue(i);
        for (var i = 0; i < 5000; i++)
        {
            Assert.True(queue.TryDequeue(out var item));
            Assert.Equal(i, item);
        }
        Assert.False(queue.TryDequeue(out _));
        Assert.True(queue.HasSpare);
    }

    [Fact]
    public void A_queue_whose_spare_was_released_keeps_and_releases_the_spare_of_its_next_burst()
    {
        var queue = new ShrinkingConcurrentQueue<long>();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 1000; i++) queue.Enqueue(i);
            while (queue.TryDequeue(out _)) { }
            Assert.True(queue.HasSpare);
            ShrinkingConcurrentQueue<long>.ReleaseSpareRings();
            Assert.False(queue.HasSpare);
        }
    }
}
