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
    /// The runtime's socket threads for as many cores: one per two, at least one. With inline completions the runtime
    /// would run one per core; on 2 cores one thread served about a fifth more direct messages than two, with a sixth
    /// less CPU per message (docs/benchmarks.md, "Merged: one socket thread per two cores").
    /// </summary>
    public static int SocketThreadsFor(int processorCount) => Math.Max(1, processorCount / 2);

    /// <summary>
    /// Asks the runtime for inline socket completions and <see cref="SocketThreadsFor"/> socket threads, each unless
    /// the environment already sets it. The runtime reads both once, at the process's first socket.
    /// </summary>
    /// <remarks>
    /// With the transport's inline scheduling, a line is then read, handled by its actors and its answer sent on the
    /// socket thread that saw it arrive, instead of each step being handed to the thread pool.
    /// </remarks>
    public static void SetRuntimeSocketDefaults()
    {
        SetUnlessSet("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
        SetUnlessSet("DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT",
            SocketThreadsFor(Environment.ProcessorCount).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void SetUnlessSet(string variable, string value)
    {
        if (Environment.GetEnvironmentVariable(variable) is null) Environment.SetEnvironmentVariable(variable, value);
    }

    // SocketTransportOptions.MemoryPoolFactory is internal: Kestrel's web host fills it through dependency injection
    // with its pinned block pool, and a transport used without that host keeps the shared ArrayPool. Set here by
    // reflection; when a framework version no longer has the property, the transport just keeps its default.
    private static readonly PropertyInfo? MemoryPoolFactoryProperty = typeof(SocketTransportOptions).GetProperty(
        "MemoryPoolFactory", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    /// <summary>
    /// Options with the read limit above and inline scheduling, whose connections take their buffers from
    /// <paramref name="memory"/>; false in <paramref name="usesMemory"/> when this framework version offers no way
    /// to say so.
    /// </summary>
    public static SocketTransportOptions Create(IMemoryPoolFactory<byte> memory, out bool usesMemory)
    {
        var options = new SocketTransportOptions
        {
            MaxReadBufferSize = MaxReadBufferSize,
            // Reads, the actors they feed and the sends run on the thread where the socket became ready, not each a
            // hand-off to the pool; the server queues sends itself when busy (FlushQueue). With inline scheduling the
            // I/O queues would only split the memory pool, so there are none.
            UnsafePreferInlineScheduling = true,
            IOQueueCount = 0,
        };
        usesMemory = MemoryPoolFactoryProperty is { CanWrite: true } property
            && property.PropertyType.IsInstanceOfType(memory);
        if (usesMemory) MemoryPoolFactoryProperty!.SetValue(options, memory);
        return options;
    }
}
