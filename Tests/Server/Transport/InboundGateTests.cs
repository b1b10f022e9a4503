using ActorChat.Server.Transport;

namespace ActorChat.Tests.Server.Transport;

public sealed class InboundGateTests
{
    [Fact]
    public void Below_the_high_mark_the_read_loop_goes_on()
    {
        var gate = new InboundGate(high: 4);
        for (var i = 0; i < 3; i++) Assert.True(gate.EnterAsync().IsCompleted);
        Assert.Equal(3, gate.Pending);
    }

    [Fact]
    public async Task At_the_high_mark_the_read_loop_waits_until_the_actor_is_down_to_half()
    {
        var gate = new InboundGate(high: 4);
        for (var i = 0; i < 3; i++) await gate.EnterAsync();
        var waiting = gate.EnterAsync().AsTask();
        Assert.False(waiting.IsCompleted);
        gate.Exit();
        Assert.False(waiting.IsCompleted);
        gate.Exit();
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, gate.Pending);
    }

    [Fact]
    public async Task Opening_releases_a_waiting_read_loop_for_good()
    {
        var gate = new InboundGate(high: 2);
        await gate.EnterAsync();
        var waiting = gate.EnterAsync().AsTask();
        Assert.False(waiting.IsCompleted);
        gate.Open();
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(gate.EnterAsync().IsCompleted);
    }

    [Fact]
    public async Task Concurrent_exits_never_leave_the_read_loop_stuck()
    {
        var gate = new InboundGate(high: 8);
        var handled = 0;
        var actor = Task.Run(async () =>
        {
            while (Volatile.Read(ref handled) < 100_000)
            {
                if (gate.Pending > 0)
                {
                    gate.Exit();
                    Interlocked.Increment(ref handled);
                }
                else await Task.Yield();
            }
        });
        for (var i = 0; i < 100_000; i++) await gate.EnterAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        await actor.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
