using Microsoft.Extensions.Logging;

namespace ActorChat.TestKit;

/// <summary>One captured log entry.</summary>
internal sealed record LogEvent(LogLevel Level, string Category, string Message, Exception? Exception, string? Source, DateTime Timestamp)
{
    public override string ToString()
    {
        var text = $"[{Timestamp:HH:mm:ss.fff} {Level,-11} {Category}] {Source} {Message}";
        return Exception is null ? text : text + Environment.NewLine + Exception;
    }
}
