using ActorChat.Server.Transport;

namespace ActorChat.Tests.Server.Transport;

public sealed class TransportOptionsTests
{
    [Fact]
    public void A_connection_stops_reading_its_socket_at_64_KiB_of_unread_input_not_Kestrels_1_MiB()
    {
        using var memory = new PinnedBlockPoolFactory(TimeSpan.FromSeconds(10));
        var options = TransportOptions.Create(memory, out _);
        Assert.Equal(64 * 1024, options.MaxReadBufferSize);
    }

    [Fact]
    public void Reads_and_sends_run_on_the_thread_that_completes_the_socket_operation()
    {
        using var memory = new PinnedBlockPoolFactory(TimeSpan.FromSeconds(10));
        var options = TransportOptions.Create(memory, out _);
        Assert.True(options.UnsafePreferInlineScheduling);
        Assert.Equal(0, options.IOQueueCount);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(64, 32)]
    public void The_runtime_runs_one_socket_thread_per_two_cores_at_least_one(int cores, int threads) =>
        Assert.Equal(threads, TransportOptions.SocketThreadsFor(cores));
}
