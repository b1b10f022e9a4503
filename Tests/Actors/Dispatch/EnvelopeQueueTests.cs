using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Dispatch;

public sealed class EnvelopeQueueTests
{
    private static Envelope Numbered(int n) => new(n, null);

    [Fact]
    public void A_new_queue_holds_no_ring_and_is_empty()
    {
        var queue = new EnvelopeQueue();
        Assert.True(queue.IsEmpty);
        Assert.Equal(0, queue.Capacity);
        Assert.False(queue.TryDequeue(out _));
    }

    [Fact]
    public void Messages_come_out_in_order_across_growth_and_wrap_around()
    {
        var queue = new EnvelopeQueue();
        var next = 0;
        var expected = 0;
        // Interleave so the ring wraps before it grows.
        for (var round = 0; round < 50; round++)
        {
            for (var i = 0; i < 3 + round % 7; i++) queue.Enqueue(Numbered(next++));
            for (var i = 0; i < 2 && queue.TryDequeue(out var e); i++) Assert.Equal(expected++, (int)e.Message);
        }
        while (queue.TryDequeue(out var e)) Assert.Equal(expected++, (int)e.Message);
        Assert.Equal(next, expected);
        Assert.True(queue.IsEmpty);
    }

    [Fact]
    public void A_grown_ring_is_let_go_once_drained_and_a_small_one_is_kept()
    {
        var queue = new EnvelopeQueue();
        for (var i = 0; i < 100; i++) queue.Enqueue(Numbered(i));
        Assert.True(queue.Capacity >= 100);
        while (queue.TryDequeue(out _)) { }
        Assert.Equal(0, queue.Capacity);
        queue.Enqueue(Numbered(1));
        Assert.True(queue.TryDequeue(out _));
        Assert.InRange(queue.Capacity, 1, EnvelopeQueue.KeepCapacity);
    }

    [Fact]
    public async Task Concurrent_producers_and_one_consumer_pass_every_message_once_in_each_producers_order()
    {
        var queue = new EnvelopeQueue();
        const int producers = 4, each = 50_000;
        var running = Enumerable.Range(0, producers).Select(p => Task.Run(() =>
        {
            for (var i = 0; i < each; i++) queue.Enqueue(new Envelope((p, i), null));
        })).ToArray();
        var last = Enumerable.Repeat(-1, producers).ToArray();
        var received = 0;
        while (received < producers * each)
        {
            if (!queue.TryDequeue(out var e))
            {
                if (running.All(t => t.IsCompleted) && queue.IsEmpty) break;
                Thread.Yield();
                continue;
            }
            var (p, i) = ((int, int))e.Message;
            Assert.Equal(last[p] + 1, i);
            last[p] = i;
            received++;
        }
        await Task.WhenAll(running);
        Assert.Equal(producers * each, received);
    }
}
