using System.Reflection;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace ActorChat.Server.Transport;

/// <summary>The socket transport's options, with the server's own memory pool.</summary>
internal static class TransportOptions
{
    /// <summary>
    /// Unread input at which a connection's socket stops being read (Kestrel's default is 1 MiB). Input is held in
    /// pinned pool blocks, so a thousand fast senders with the default pinned about 100 MB more; the line reader
    /// examines a line as it arrives, so a line longer than this still gets through.
    /// </summary>
    public const int MaxReadBufferSize = 64 * 1024;

    /// <summary>
    /// Kestrel's I/O queues for <paramref name="processorCount"/> cores: one per two cores, at most 16 (Kestrel's
    /// default is one per core, at most 16). The queues run the connections' sends.
    /// </summary>
    /// <remarks>
    /// A connection's send runs when its queue's turn on the thread pool comes, and sends everything flushed to it by
    /// then. Fewer queues come round less often, so under load each send carries more lines. On 2 cores one queue
    /// instead of two halved the sends per direct message and raised the direct rate by about a third, with no p99
    /// difference the noise could show (docs/benchmarks.md). Larger machines were not measured; half the cores, as
    /// Kestrel's former libuv transport sized its I/O threads, keeps the sends spread over several threads there.
    /// </remarks>
    public static int IOQueuesFor(int processorCount) => Math.Clamp(processorCount / 2, 1, 16);

    // SocketTransportOptions.MemoryPoolFactory is internal: Kestrel's web host fills it through dependency injection
    // with its pinned block pool, and a transport used without that host keeps the shared ArrayPool. Set here by
    // reflection; when a framework version no longer has the property, the transport just keeps its default.
    private static readonly PropertyInfo? MemoryPoolFactoryProperty = typeof(SocketTransportOptions).GetProperty(
        "MemoryPoolFactory", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    /// <summary>
    /// Options with the read limit and I/O queues above, whose connections take their buffers from
    /// <paramref name="memory"/>; false in <paramref name="usesMemory"/> when this framework version offers no way
    /// to say so.
    /// </summary>
    public static SocketTransportOptions Create(IMemoryPoolFactory<byte> memory, out bool usesMemory)
    {
        var options = new SocketTransportOptions
        {
            MaxReadBufferSize = MaxReadBufferSize,
            IOQueueCount = IOQueuesFor(Environment.ProcessorCount),
        };
        usesMemory = MemoryPoolFactoryProperty is { CanWrite: true } property
            && property.PropertyType.IsInstanceOfType(memory);
        if (usesMemory) MemoryPoolFactoryProperty!.SetValue(options, memory);
        return options;
    }
}
