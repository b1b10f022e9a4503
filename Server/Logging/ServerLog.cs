using System.Net;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Logging;

/// <summary>
/// Every operator event of the server, one line each, with its fields as structured values (see docs/operations.md).
/// Source-generated: no allocation when the level is off.
/// </summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 1, EventName = "listening", Level = LogLevel.Information,
        Message = "listening on {EndPoint} (max-clients {MaxClients})")]
    public static partial void Listening(ILogger logger, EndPoint endPoint, int maxClients);

    [LoggerMessage(EventId = 2, EventName = "accepted", Level = LogLevel.Information,
        Message = "accepted {ConnectionId} from {RemoteEndPoint}")]
    public static partial void Accepted(ILogger logger, string connectionId, EndPoint? remoteEndPoint);

    [LoggerMessage(EventId = 3, EventName = "refused", Level = LogLevel.Warning,
        Message = "refused {ConnectionId} from {RemoteEndPoint}: {OpenConnections} connections open (max-connections)")]
    public static partial void TooManyConnections(ILogger logger, string connectionId, EndPoint? remoteEndPoint, int openConnections);

    [LoggerMessage(EventId = 4, EventName = "logged-in", Level = LogLevel.Information,
        Message = "logged in {ConnectionId} from {RemoteEndPoint} as {Name}")]
    public static partial void LoggedIn(ILogger logger, string connectionId, EndPoint? remoteEndPoint, string name);

    [LoggerMessage(EventId = 5, EventName = "login-refused", Level = LogLevel.Information,
        Message = "login refused {ConnectionId} from {RemoteEndPoint} as {Name}: {Error}")]
    public static partial void LoginRefused(ILogger logger, string connectionId, EndPoint? remoteEndPoint, string name, string error);

    [LoggerMessage(EventId = 6, EventName = "left", Level = LogLevel.Information,
        Message = "left {ConnectionId} from {RemoteEndPoint} as {Name}: {Reason}")]
    public static partial void Left(ILogger logger, string connectionId, EndPoint? remoteEndPoint, string? name, string reason);

    [LoggerMessage(EventId = 7, EventName = "slow-consumer", Level = LogLevel.Warning,
        Message = "slow consumer {ConnectionId} from {RemoteEndPoint} as {Name}: over {MaxOutboundBytes} bytes unsent, dropping")]
    public static partial void SlowConsumer(ILogger logger, string connectionId, EndPoint? remoteEndPoint, string? name, long maxOutboundBytes);

    [LoggerMessage(EventId = 9, EventName = "stopping", Level = LogLevel.Information,
        Message = "stopping: sending BYE shutdown to {OpenConnections} connections")]
    public static partial void Stopping(ILogger logger, int openConnections);

    [LoggerMessage(EventId = 10, EventName = "stopped", Level = LogLevel.Information,
        Message = "stopped; {AbortedConnections} connections closed hard after shutdown-timeout")]
    public static partial void Stopped(ILogger logger, int abortedConnections);

    [LoggerMessage(EventId = 11, EventName = "transport-error", Level = LogLevel.Debug,
        Message = "transport error on {ConnectionId} from {RemoteEndPoint}")]
    public static partial void TransportError(ILogger logger, Exception exception, string connectionId, EndPoint? remoteEndPoint);

    [LoggerMessage(EventId = 12, EventName = "accept-failed", Level = LogLevel.Error,
        Message = "accepting connections failed; the listener stops")]
    public static partial void AcceptFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 13, EventName = "default-transport-memory", Level = LogLevel.Warning,
        Message = "the socket transport offers no memory pool setting in this framework version; it uses the shared ArrayPool (more GC work per message)")]
    public static partial void DefaultTransportMemory(ILogger logger);

    [LoggerMessage(EventId = 14, EventName = "compacted-when-quiet", Level = LogLevel.Debug,
        Message = "compacted the heap after a burst in {ElapsedMs:F1} ms: {HeapBytesBefore} -> {HeapBytesAfter} bytes in use")]
    public static partial void CompactedWhenQuiet(ILogger logger, double elapsedMs, long heapBytesBefore, long heapBytesAfter);
}
