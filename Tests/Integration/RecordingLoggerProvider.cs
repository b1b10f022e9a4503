using System.Collections.Concurrent;
using ActorChat.Tests.Server.Chat;
using Microsoft.Extensions.Logging;

namespace ActorChat.Tests.Integration;

/// <summary>Keeps every line a server logs, of every category, in one queue (see <see cref="RecordingLogger"/>).</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(Lines);

    public void Dispose()
    {
    }
}
