using System.Buffers;
using ActorChat.Server.Transport;

namespace ActorChat.Tests.Server.Transport;

public sealed class OutboundBufferTests
{
    private static ReadOnlyMemory<byte> Bytes(int n) => new byte[n];

    // One line at a time: WriteTo stops once it has copied at least maxBytes.
    private static bool TryRead(OutboundBuffer buffer, out ReadOnlyMemory<byte> line)
    {
        var output = new ArrayBufferWriter<byte>();
        var written = buffer.WriteTo(output, maxBytes: 1);
        line = output.WrittenMemory;
        return written > 0;
    }

    [Fact]
    public void Lines_up_to_the_limit_are_accepted_and_counted()
    {
        var buffer = new OutboundBuffer(limit: 100, new FlushQueue());
        Assert.True(buffer.TryEnqueue(Bytes(60)));
        Assert.True(buffer.TryEnqueue(Bytes(40)));
        Assert.Equal(100, buffer.UnsentBytes);
        Assert.False(buffer.Overflowed);
    }

    [Fact]
    public void A_line_over_the_limit_is_refused_and_so_is_every_later_one()
    {
        var buffer = new OutboundBuffer(limit: 100, new FlushQueue());
        Assert.True(buffer.TryEnqueue(Bytes(60)));
        Assert.False(buffer.TryEnqueue(Bytes(41)));
        Assert.True(buffer.Overflowed);
        Assert.False(buffer.TryEnqueue(Bytes(1)));
    }

    [Fact]
    public void Bytes_count_until_their_flush_is_reported_sent()
    {
        var buffer = new OutboundBuffer(limit: 100, new FlushQueue());
        Assert.True(buffer.TryEnqueue(Bytes(70)));
        Assert.True(TryRead(buffer, out var line));
        // Taken by the write loop but not yet flushed: still counts.
        Assert.False(buffer.TryEnqueue(Bytes(31)));
    }

    [Fact]
    public void Sent_bytes_make_room_again()
    {
        var buffer = new OutboundBuffer(limit: 100, new FlushQueue());
        Assert.True(buffer.TryEnqueue(Bytes(70)));
        Assert.True(TryRead(buffer, out var line));
        buffer.Sent(line.Length);
        Assert.True(buffer.TryEnqueue(Bytes(100)));
        Assert.Equal(100, buffer.UnsentBytes);
    }

    [Fact]
    public async Task Lines_come_out_in_the_order_they_went_in_and_completion_ends_the_reader()
    {
        var buffer = new OutboundBuffer(limit: 1000, new FlushQueue());
        for (byte i = 0; i < 10; i++) Assert.True(buffer.TryEnqueue(new[] { i }));
        buffer.Complete();
        Assert.False(buffer.TryEnqueue(Bytes(1)));
        var seen = new List<byte>();
        while (await buffer.WaitToReadAsync())
            while (TryRead(buffer, out var line)) seen.Add(line.Span[0]);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (byte)i), seen);
    }

    [Fact]
    public async Task Concurrent_producers_never_take_the_count_over_the_limit()
    {
        var buffer = new OutboundBuffer(limit: 10_000, new FlushQueue());
        var accepted = 0L;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 10_000; i++)
                if (buffer.TryEnqueue(Bytes(10))) Interlocked.Add(ref accepted, 10);
        })));
        Assert.True(accepted <= 10_000, $"{accepted} bytes accepted");
        Assert.True(buffer.Overflowed);
    }

    [Fact]
    public async Task A_waiting_reader_is_woken_by_the_next_line()
    {
        var buffer = new OutboundBuffer(limit: 1000, new FlushQueue());
        var waiting = buffer.WaitToReadAsync().AsTask();
        Assert.False(waiting.IsCompleted);
        Assert.True(buffer.TryEnqueue(new byte[] { 7 }));
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(TryRead(buffer, out var line));
        Assert.Equal(7, line.Span[0]);
        Assert.False(TryRead(buffer, out _));
    }

    [Fact]
    public void A_line_not_batched_from_a_read_loops_thread_runs_the_waiting_reader_there_when_its_scope_closes() =>
        Assert.True(ReaderRanInside(buffer => Assert.True(buffer.TryEnqueue(new byte[] { 7 })), callerScope: true));

    [Fact]
    public void A_line_not_batched_from_elsewhere_wakes_the_waiting_reader_on_another_thread() =>
        Assert.False(ReaderRanInside(buffer => Assert.True(buffer.TryEnqueue(new byte[] { 7 }))));

    [Fact]
    public void A_line_not_batched_runs_no_reader_before_the_read_loops_scope_closes()
    {
        var buffer = new OutboundBuffer(limit: 1000, new FlushQueue());
        var ran = false;
        _ = ReadThenRecord();
        using (FlushQueue.Caller())
        {
            Assert.True(buffer.TryEnqueue(new byte[] { 7 }));
            Assert.False(ran);
        }
        Assert.True(ran);

        async Task ReadThenRecord()
        {
            await buffer.WaitToReadAsync().ConfigureAwait(false);
            ran = true;
        }
    }

    [Fact]
    public void A_batched_line_wakes_the_waiting_reader_on_another_thread() =>
        Assert.False(ReaderRanInside(buffer => Assert.True(buffer.TryEnqueue(new byte[] { 7 }, batch: true)), callerScope: true));

    [Fact]
    public void Completion_wakes_the_waiting_reader_on_another_thread() =>
        Assert.False(ReaderRanInside(buffer => buffer.Complete()));

    [Fact]
    public void A_line_not_batched_while_wakes_come_closer_than_the_gap_is_queued_instead()
    {
        var flushes = new FlushQueue(clock: () => 1_000_000);
        for (var i = 0; i < 40; i++) flushes.TryRunInline();

        Assert.False(ReaderRanInside(buffer => Assert.True(buffer.TryEnqueue(new byte[] { 7 })), callerScope: true, flushes));
    }

    [Fact]
    public void A_line_not_batched_once_wakes_spread_out_again_runs_the_reader_inline()
    {
        long now = 1_000_000;
        var flushes = new FlushQueue(clock: () => now);
        for (var i = 0; i < 40; i++) flushes.TryRunInline();
        now += System.Diagnostics.Stopwatch.Frequency / 1000;

        Assert.True(ReaderRanInside(buffer => Assert.True(buffer.TryEnqueue(new byte[] { 7 })), callerScope: true, flushes));
    }

    /// <summary>
    /// Whether a reader waiting on a fresh buffer ran its continuation on the thread that called <paramref name="wake"/>
    /// (inside a read loop's <see cref="FlushQueue.Caller"/> scope if <paramref name="callerScope"/>): the call is made
    /// holding a lock, which only the calling thread can see itself holding, until the reader has run.
    /// </summary>
    private static bool ReaderRanInside(Action<OutboundBuffer> wake, bool callerScope = false, FlushQueue? flushes = null)
    {
        var buffer = new OutboundBuffer(limit: 1000, flushes ?? new FlushQueue());
        var probe = new object();
        using var woken = new ManualResetEventSlim();
        var inside = false;
        _ = ReadThenRecord();
        lock (probe)
        {
            if (callerScope)
            {
                using (FlushQueue.Caller()) wake(buffer);
            }
            else
            {
                wake(buffer);
            }
            Assert.True(woken.Wait(TimeSpan.FromSeconds(10)), "the reader was not woken");
        }
        return inside;

        async Task ReadThenRecord()
        {
            await buffer.WaitToReadAsync().ConfigureAwait(false);
            inside = Monitor.IsEntered(probe);
            woken.Set();
        }
    }

    [Fact]
    public async Task A_waiting_reader_learns_of_completion()
    {
        var buffer = new OutboundBuffer(limit: 1000, new FlushQueue());
        var waiting = buffer.WaitToReadAsync().AsTask();
        buffer.Complete();
        Assert.False(await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False(await buffer.WaitToReadAsync());
    }

    [Fact]
    public async Task A_concurrent_producer_and_reader_pass_every_line_once_in_order()
    {
        var buffer = new OutboundBuffer(limit: long.MaxValue, new FlushQueue());
        const int count = 200_000;
        var producer = Task.Run(() =>
        {
            for (var i = 0; i < count; i++) Assert.True(buffer.TryEnqueue(BitConverter.GetBytes(i)));
            buffer.Complete();
        });
        var next = 0;
        while (await buffer.WaitToReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)))
        {
            while (TryRead(buffer, out var line))
            {
                Assert.Equal(next++, BitConverter.ToInt32(line.Span));
                buffer.Sent(line.Length);
            }
        }
        await producer;
        Assert.Equal(count, next);
        Assert.Equal(0, buffer.UnsentBytes);
    }

    [Fact]
    public void WriteTo_copies_whole_lines_in_order_until_the_byte_budget_is_reached()
    {
        var buffer = new OutboundBuffer(limit: 1000, new FlushQueue());
        for (byte i = 0; i < 5; i++) Assert.True(buffer.TryEnqueue(new byte[] { i, i, i }));
        var output = new ArrayBufferWriter<byte>();
        // 7 bytes of budget: the third line starts within it and is copied whole.
        Assert.Equal(9, buffer.WriteTo(output, maxBytes: 7));
        Assert.Equal(new byte[] { 0, 0, 0, 1, 1, 1, 2, 2, 2 }, output.WrittenSpan.ToArray());
        Assert.Equal(6, buffer.WriteTo(output, maxBytes: 100));
        Assert.Equal(0, buffer.WriteTo(output, maxBytes: 100));
        Assert.Equal(15, buffer.UnsentBytes);
    }

    [Fact]
    public void A_drained_buffer_whose_reader_goes_to_wait_holds_no_ring()
    {
        var buffer = new OutboundBuffer(limit: 1000, new FlushQueue());
        for (var i = 0; i < 10; i++) Assert.True(buffer.TryEnqueue(Bytes(1)));
        Assert.True(buffer.RingCapacity > 0);
        Assert.Equal(10, buffer.WriteTo(new ArrayBufferWriter<byte>(), maxBytes: 100));
        var waiting = buffer.WaitToReadAsync();
        Assert.False(waiting.IsCompleted);
        Assert.Equal(0, buffer.RingCapacity);
    }

    [Fact]
    public async Task A_completed_buffer_holds_no_ring_once_drained()
    {
        var buffer = new OutboundBuffer(limit: 1000, new FlushQueue());
        Assert.True(buffer.TryEnqueue(Bytes(5)));
        buffer.Complete();
        Assert.True(await buffer.WaitToReadAsync());
        Assert.Equal(5, buffer.WriteTo(new ArrayBufferWriter<byte>(), maxBytes: 100));
        Assert.False(await buffer.WaitToReadAsync());
        Assert.Equal(0, buffer.RingCapacity);
    }

    [Fact]
    public async Task Lines_queued_after_the_ring_was_given_back_come_out_in_order()
    {
        var buffer = new OutboundBuffer(limit: 10_000, new FlushQueue());
        var output = new ArrayBufferWriter<byte>();
        for (byte round = 0; round < 3; round++)
        {
            var waiting = buffer.WaitToReadAsync().AsTask();
            for (var i = 0; i < 100; i++) Assert.True(buffer.TryEnqueue(new[] { round }));
            Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
            Assert.Equal(100, buffer.WriteTo(output, maxBytes: 1000));
        }
        Assert.Equal(Enumerable.Range(0, 300).Select(i => (byte)(i / 100)), output.WrittenSpan.ToArray());
    }

    [Fact]
    public void Lines_copied_across_the_spans_of_an_output_that_hands_out_little_room_keep_their_bytes_in_order()
    {
        var buffer = new OutboundBuffer(limit: 10_000, new FlushQueue());
        var expected = new List<byte>();
        for (var i = 1; i <= 40; i++)
        {
            var line = Enumerable.Range(0, i % 9 + 1).Select(b => (byte)(i * 7 + b)).ToArray();
            expected.AddRange(line);
            Assert.True(buffer.TryEnqueue(line));
        }
        var output = new ScantWriter(room: 5);
        Assert.Equal(expected.Count, buffer.WriteTo(output, maxBytes: 10_000));
        Assert.Equal(expected, output.Written);
    }

    [Fact]
    public void Lines_queued_while_the_ring_wraps_around_come_out_in_order()
    {
        var buffer = new OutboundBuffer(limit: 10_000, new FlushQueue());
        var output = new ArrayBufferWriter<byte>();
        for (byte i = 0; i < 12; i++) Assert.True(buffer.TryEnqueue(new[] { i }));
        Assert.Equal(8, buffer.WriteTo(output, maxBytes: 8));
        // 4 left at slots 8 to 11 of 16; the next 10 take 12 to 15 and wrap to 0 to 5.
        for (byte i = 12; i < 22; i++) Assert.True(buffer.TryEnqueue(new[] { i }));
        Assert.Equal(16, buffer.RingCapacity);
        Assert.Equal(14, buffer.WriteTo(output, maxBytes: 100));
        Assert.Equal(Enumerable.Range(0, 22).Select(i => (byte)i), output.WrittenSpan.ToArray());
    }

    /// <summary>Hands out spans of <c>room</c> bytes, or the size asked if more, and checks each advance fits.</summary>
    private sealed class ScantWriter(int room) : IBufferWriter<byte>
    {
        private byte[] _span = [];

        public List<byte> Written { get; } = [];

        public Memory<byte> GetMemory(int sizeHint = 0) => _span = new byte[Math.Max(room, sizeHint)];

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public void Advance(int count)
        {
            Assert.InRange(count, 0, _span.Length);
            Written.AddRange(_span.AsSpan(0, count).ToArray());
            _span = [];
        }
    }
}
