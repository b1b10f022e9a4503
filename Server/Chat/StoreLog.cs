using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Chat;

/// <summary>Log events of the chat actors' use of the store.</summary>
internal static partial class StoreLog
{
    /// <summary>A write issued behind the live path failed.</summary>
    [LoggerMessage(EventId = 200, EventName = "store-write-failed", Level = LogLevel.Error, Message = "store write failed: {What}")]
    public static partial void WriteFailed(ILogger logger, Exception exception, string what);

    /// <summary>A store call whose answer a client waits for failed; the client gets ERR store-failed.</summary>
    [LoggerMessage(EventId = 201, EventName = "store-query-failed", Level = LogLevel.Error, Message = "store call failed; answered ERR store-failed")]
    public static partial void QueryFailed(ILogger logger, Exception exception);

    /// <summary>Direct messages a dropped connection had not written were stored for its next login.</summary>
    [LoggerMessage(EventId = 202, EventName = "undelivered-stored", Level = LogLevel.Information, Message = "{Connection} {Name}: {Count} direct message(s) not written stored as offline messages")]
    public static partial void UndeliveredStored(ILogger logger, string connection, string? name, int count);
}
