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

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(16, 8)]
    [InlineData(64, 16)]
    public void Sends_run_on_one_io_queue_per_two_cores_at_least_one_at_most_16(int cores, int queues) =>
        Assert.Equal(queues, TransportOptions.IOQueuesFor(cores));

    [Fact]
    public void The_transport_gets_the_io_queues_for_this_machines_cores()
    {
        using var memory = new PinnedBlockPoolFactory(TimeSpan.FromSeconds(10));
        var options = TransportOptions.Create(memory, out _);
        Assert.Equal(TransportOptions.IOQueuesFor(Environment.ProcessorCount), options.IOQueueCount);
    }
}
