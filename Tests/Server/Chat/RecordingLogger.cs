using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ActorChat.Tests.Server.Chat;

/// <summary>
/// Keeps every formatted log line as "event name: message", for asserting on the operator events; loggers given one
/// queue share it.
/// </summary>
internal sealed class RecordingLogger(ConcurrentQueue<string>? lines = null) : ILogger
{
    public ConcurrentQueue<string> Lines { get; } = lines ?? new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue($"{eventId.Name}: {formatter(state, exception)}");
}
