using Microsoft.Extensions.Logging;

namespace ActorChat.TestKit;

/// <summary>The logger factory a kit gives its system: every logger writes into the kit's <see cref="TestLogSink"/>.</summary>
internal sealed class TestLoggerFactory(TestLogSink sink) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new TestLogger(categoryName, sink);

    public void AddProvider(ILoggerProvider provider) =>
        throw new NotSupportedException("The TestKit's logger factory captures logs itself; it takes no providers.");

    public void Dispose() { }
}
