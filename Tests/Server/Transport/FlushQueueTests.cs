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
    private static async Task CollectBatchesAsync(OutboundBuffer buffer, List<int> batches)
    {
        while (await buffer.WaitToReadAsync().ConfigureAwait(false))
        {
            var output = new ArrayBufferWriter<byte>();
            batches.Add((int)buffer.WriteTo(output, long.MaxValue));
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
