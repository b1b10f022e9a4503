using System.Reflection;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace ActorChat.Server.Transport;

/// <summary>The socket transport's options, with the server's own memory pool.</summary>
internal static class TransportOptions
{
    // SocketTransportOptions.MemoryPoolFactory is internal: Kestrel's web host fills it through dependency injection
    // with its pinned block pool, and a transport used without that host keeps the shared ArrayPool. Set here by
    // reflection; when a framework version no longer has the property, the transport just keeps its default.
    private static readonly PropertyInfo? MemoryPoolFactoryProperty = typeof(SocketTransportOptions).GetProperty(
        "MemoryPoolFactory", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    /// <summary>
    /// Default options whose connections take their buffers from <paramref name="memory"/>; false in
    /// <paramref name="usesMemory"/> when this framework version offers no way to say so.
    /// </summary>
    public static SocketTransportOptions Create(IMemoryPoolFactory<byte> memory, out bool usesMemory)
    {
        var options = new SocketTransportOptions();
        usesMemory = MemoryPoolFactoryProperty is { CanWrite: true } property
            && property.PropertyType.IsInstanceOfType(memory);
        if (usesMemory) MemoryPoolFactoryProperty!.SetValue(options, memory);
        return options;
    }
}
