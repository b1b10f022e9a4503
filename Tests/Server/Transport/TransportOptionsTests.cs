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
}
