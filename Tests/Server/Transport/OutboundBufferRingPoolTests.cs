using System.Buffers;
using ActorChat.Server.Transport;

namespace ActorChat.Tests.Server.Transport;

/// <summary>Alone, after the parallel tests: every outbound buffer in the process shares the ring pool.</summary>
[CollectionDefinition(nameof(OutboundBufferRingPoolTests), DisableParallelization = true)]
public sealed class OutboundBufferRingPoolCollection;

[Collection(nameof(OutboundBufferRingPoolTests))]
public sealed class OutboundBufferRingPoolTests
{
    private const int Busy = 1000;

    private static readonly ReadOnlyMemory<byte> Line = "MSG ann hi\n"u8.ToArray();

    [Fact]
    public void A_thousand_buffers_busy_at_once_take_their_rings_again_from_the_pool()
    {
        OutboundBuffer.ReleaseFreeRings();
        var first = Buffers();
        var second = Buffers();
        var sink = new ArrayBufferWriter<byte>(16);
        SendOneLineEach(first, sink);

        var before = GC.GetAllocatedBytesForCurrentThread();
        SendOneLineEach(second, sink);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Rings_released_for_the_quiet_compaction_are_not_handed_out_again()
    {
        var first = Buffers();
        var second = Buffers();
        var sink = new ArrayBufferWriter<byte>(16);
        SendOneLineEach(first, sink);
        OutboundBuffer.ReleaseFreeRings();

        var before = GC.GetAllocatedBytesForCurrentThread();
        SendOneLineEach(second, sink);

        // Each buffer rented a new ring of 16 lines.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before >= Busy * 16 * 16);
    }

    private static OutboundBuffer[] Buffers()
    {
        var flushes = new FlushQueue();
        return Enumerable.Range(0, Busy).Select(_ => new OutboundBuffer(limit: 1000, flushes)).ToArray();
    }

    // Every buffer holds a ring at once, as under load; then each drains and ends, which gives its ring back.
    private static void SendOneLineEach(OutboundBuffer[] buffers, ArrayBufferWriter<byte> sink)
    {
        foreach (var buffer in buffers) Assert.True(buffer.TryEnqueue(Line));
        foreach (var buffer in buffers)
        {
            buffer.Complete();
            buffer.WriteTo(sink, maxBytes: 100);
            sink.ResetWrittenCount();
            Assert.False(buffer.WaitToReadAsync().Result);
        }
    }
}
