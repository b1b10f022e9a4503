using System.Buffers;
using System.Diagnostics;
using ActorChat.Server.Transport;

namespace ActorChat.Tests.Server.Transport;

public sealed class FlushQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(16, 8)]
    [InlineData(64, 16)]
    public void There_is_one_queue_per_two_cores_at_least_one_at_most_16(int cores, int queues) =>
        Assert.Equal(queues, FlushQueue.CountFor(cores));

    [Fact]
    public void A_quiet_queue_lets_a_wake_run_inline_even_right_after_another()
    {
        long now = 5_000_000;
        var flushes = new FlushQueue(clock: () => now);

        Assert.True(flushes.TryRunInline());
        now += 1;
        Assert.True(flushes.TryRunInline());
    }

    [Fact]
    public void Wakes_closer_than_the_gap_on_average_stop_running_inline_and_run_inline_again_once_they_spread_out()
    {
        long now = 5_000_000;
        var flushes = new FlushQueue(clock: () => now);
        var microsecond = Stopwatch.Frequency / 1_000_000;
        var verdicts = new List<bool>();
        for (var i = 0; i < 40; i++)
        {
            now += microsecond;
            verdicts.Add(flushes.TryRunInline());
        }

        // The average takes a few wakes to come down from a quiet queue's, then stays under the gap.
        Assert.All(verdicts.Take(10), Assert.True);
        Assert.All(verdicts.Skip(35), Assert.False);

        now += Stopwatch.Frequency / 1000;
        Assert.True(flushes.TryRunInline());
    }

    [Fact]
    public void Outside_a_read_loops_scope_no_wake_runs_on_the_caller()
    {
        var flushes = new FlushQueue(clock: () => 5_000_000);
        Assert.False(flushes.TryRunOnCaller(new OutboundBuffer(limit: 1000, flushes)));
    }

    [Fact]
    public async Task A_busy_queue_lets_no_wake_run_inline_until_it_has_run_everything()
    {
        var flushes = new FlushQueue(clock: () => long.MaxValue / 2);
        var buffer = new OutboundBuffer(limit: 1000, flushes);
        using var release = new ManualResetEventSlim();
        var written = WriteLoopAsync(buffer, release);

        Assert.True(buffer.TryEnqueue(new byte[] { 1 }, batch: true));
        await written.Started.WaitAsync(Patience);
        // The queued write loop is running (held by the test): the queue is busy.
        Assert.True(flushes.IsBusy);
        Assert.False(flushes.TryRunInline());

        release.Set();
        await written.Drained.WaitAsync(Patience);
        await WaitUntilAsync(() => !flushes.IsBusy);
    }

    [Fact]
    public async Task Lines_queued_while_a_connection_waits_in_the_queue_go_out_in_one_batch()
    {
        var flushes = new FlushQueue(clock: () => long.MaxValue / 2);
        var first = new OutboundBuffer(limit: 1000, flushes);
        var second = new OutboundBuffer(limit: 1000, flushes);
        using var release = new ManualResetEventSlim();
        var holding = WriteLoopAsync(first, release);
        var batches = new List<int>();
        var collecting = CollectBatchesAsync(second, batches);

        Assert.True(first.TryEnqueue(new byte[] { 1 }, batch: true));
        await holding.Started.WaitAsync(Patience);
        // Behind the held write loop, three lines reach the second connection: they wait together.
        for (var i = 0; i < 3; i++) Assert.True(second.TryEnqueue(new byte[] { 2 }, batch: true));
        release.Set();
        second.Complete();

        await collecting.WaitAsync(Patience);
        Assert.Equal([3], batches);
    }

    [Theory]
    [InlineData(FlushQueue.BusyRoundWriters - 1, 10, 50_000, 0)]
    [InlineData(FlushQueue.BusyRoundWriters, FlushQueue.BusyLinesPerWriter - 1, 50_000, 0)]
    [InlineData(FlushQueue.BusyRoundWriters, FlushQueue.BusyLinesPerWriter, FlushQueue.BusyRoundMicroseconds - 1, 0)]
    [InlineData(FlushQueue.BusyRoundWriters, FlushQueue.BusyLinesPerWriter, FlushQueue.BusyRoundMicroseconds, FlushQueue.BusyRoundMicroseconds * FlushQueue.HoldFactor)]
    [InlineData(1_000, 10, 2_000, 8_000)]
    [InlineData(1_000, 10, 20_000, FlushQueue.MaxHoldMicroseconds)]
    public void Only_a_round_of_many_write_loops_with_lines_waiting_that_took_long_holds_the_next_and_never_longer_than_the_cap(
        int writers, int linesPerWriter, int roundMicroseconds, int holdMicroseconds)
    {
        var tick = Stopwatch.Frequency / 1_000_000;
        Assert.Equal(holdMicroseconds * tick, FlushQueue.HoldAfter(writers, (long)writers * linesPerWriter, roundMicroseconds * tick));
    }

    [Fact]
    public async Task After_a_busy_round_lines_wait_for_the_hold_and_then_go_out_one_batch_per_connection()
    {
        var clock = new FakeClock();
        var flushes = new FlushQueue(clock.Read);
        var (buffers, batches, loops) = await RunOneRoundAsync(flushes, clock, FlushQueue.BusyLinesPerWriter);

        // The round took 3.2 ms: the next waits 10 ms of that clock, which stands still, and the queue stays busy.
        foreach (var buffer in buffers)
            for (var i = 0; i < 3; i++) Assert.True(buffer.TryEnqueue(new byte[] { 2 }, batch: false));
        Assert.True(flushes.IsBusy);
        Assert.False(flushes.TryRunInline());
        await Task.Delay(30);
        Assert.All(batches, b => Assert.Single(b));

        clock.Advance(TimeSpan.FromMilliseconds(10));
        await WaitUntilAsync(() => batches.All(b => b.Count == 2));
        Assert.All(batches, b => Assert.Equal([FlushQueue.BusyLinesPerWriter, 3], b));
        foreach (var buffer in buffers) buffer.Complete();
        await Task.WhenAll(loops).WaitAsync(Patience);
    }

    [Fact]
    public async Task After_a_long_round_of_many_write_loops_that_found_a_line_each_the_next_lines_go_out_without_waiting()
    {
        var clock = new FakeClock();
        var flushes = new FlushQueue(clock.Read);
        // A server keeping up: each write loop finds one line, though the round takes 3.2 ms.
        var (buffers, batches, loops) = await RunOneRoundAsync(flushes, clock, linesEach: 1);

        foreach (var buffer in buffers) Assert.True(buffer.TryEnqueue(new byte[] { 2 }, batch: true));
        await WaitUntilAsync(() => batches.All(b => b.Count == 2));

        foreach (var buffer in buffers) buffer.Complete();
        await Task.WhenAll(loops).WaitAsync(Patience);
    }

    /// <summary>
    /// Runs one round of <see cref="FlushQueue.BusyRoundWriters"/> write loops that each find
    /// <paramref name="linesEach"/> lines and take 100 µs of <paramref name="clock"/> (3.2 ms in all): they are queued
    /// while a held write loop keeps the queue busy, so they all come due in the round after it.
    /// </summary>
    private static async Task<(OutboundBuffer[] Buffers, List<int>[] Batches, Task[] Loops)> RunOneRoundAsync(
        FlushQueue flushes, FakeClock clock, int linesEach)
    {
        var gate = new OutboundBuffer(10_000, flushes);
        using var release = new ManualResetEventSlim();
        var holding = WriteLoopAsync(gate, release);
        Assert.True(gate.TryEnqueue(new byte[] { 0 }, batch: true));
        await holding.Started.WaitAsync(Patience);

        var buffers = Enumerable.Range(0, FlushQueue.BusyRoundWriters).Select(_ => new OutboundBuffer(10_000, flushes)).ToArray();
        var batches = buffers.Select(_ => new List<int>()).ToArray();
        var loops = buffers.Select((b, i) => CollectBatchesAsync(b, batches[i], clock.Advance100Microseconds)).ToArray();
        foreach (var buffer in buffers)
            for (var i = 0; i < linesEach; i++) Assert.True(buffer.TryEnqueue(new byte[] { 1 }, batch: true));
        release.Set();
        await holding.Drained.WaitAsync(Patience);
        await WaitUntilAsync(() => batches.All(b => b.Count == 1));
        Assert.All(batches, b => Assert.Equal([linesEach], b));
        return (buffers, batches, loops);
    }

    [Fact]
    public async Task After_a_long_round_of_few_write_loops_the_next_line_goes_out_without_waiting()
    {
        var clock = new FakeClock();
        var flushes = new FlushQueue(clock.Read);
        var buffer = new OutboundBuffer(10_000, flushes);
        var batches = new List<int>();
        // One write loop taking 5 ms is a slow send, not a busy server.
        var loop = CollectBatchesAsync(buffer, batches, () => clock.Advance(TimeSpan.FromMilliseconds(5)));

        Assert.True(buffer.TryEnqueue(new byte[] { 1 }, batch: true));
        await WaitUntilAsync(() => batches.Count == 1);
        Assert.True(buffer.TryEnqueue(new byte[] { 2 }, batch: true));
        await WaitUntilAsync(() => batches.Count == 2);

        buffer.Complete();
        await loop.WaitAsync(Patience);
    }

    /// <summary>A clock that moves only when told to, in <see cref="Stopwatch"/> ticks.</summary>
    private sealed class FakeClock
    {
        private long _now = 5_000_000;

        public long Read() => Interlocked.Read(ref _now);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _now, (long)(by.TotalSeconds * Stopwatch.Frequency));

        public void Advance100Microseconds() => Advance(TimeSpan.FromTicks(1_000));
    }

    private sealed record Loop(Task Started, Task Drained);

    /// <summary>A write loop that, woken, reports it started and then holds its thread until released.</summary>
    private static Loop WriteLoopAsync(OutboundBuffer buffer, ManualResetEventSlim release)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return new Loop(started.Task, Run());

        async Task Run()
        {
            await buffer.WaitToReadAsync().ConfigureAwait(false);
            started.SetResult();
            release.Wait(Patience);
            buffer.WriteTo(new ArrayBufferWriter<byte>(), long.MaxValue);
        }
    }

    /// <summary>Records how many lines each wake of the write loop found, until the buffer completes.</summary>
    private static async Task CollectBatchesAsync(OutboundBuffer buffer, List<int> batches, Action? eachWake = null)
    {
        while (await buffer.WaitToReadAsync().ConfigureAwait(false))
        {
            eachWake?.Invoke();
            var output = new ArrayBufferWriter<byte>();
            var lines = (int)buffer.WriteTo(output, long.MaxValue);
            lock (batches) batches.Add(lines);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold in time");
            await Task.Delay(1);
        }
    }
}
