using ActorChat.Actors;
using Microsoft.Extensions.Logging;

namespace ActorChat.TestKit;

/// <summary>Captures entries at Debug and above, taking the source (actor path) from the enclosing scope.</summary>
internal sealed class TestLogger(string category, TestLogSink sink) : ILogger
{
    [ThreadStatic] private static Stack<object>? t_scopes;

    public IDisposable BeginScope<TState>(TState state) where TState : notnull
    {
        var scopes = t_scopes ??= new Stack<object>();
        scopes.Push(state);
        return new Scope(scopes);
    }

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        sink.Publish(new LogEvent(logLevel, category, formatter(state, exception), exception, CurrentSource(), DateTime.UtcNow));
    }

    private static string? CurrentSource()
    {
        if (t_scopes is null) return null;
        foreach (var scope in t_scopes)
            if (scope is IEnumerable<KeyValuePair<string, object?>> fields)
                foreach (var (key, value) in fields)
                    if (key == "ActorPath") return value?.ToString();
        return null;
    }

    private sealed class Scope(Stack<object> scopes) : IDisposable
    {
        public void Dispose()
        {
            if (scopes.Count > 0) scopes.Pop();
        }
    }
}
