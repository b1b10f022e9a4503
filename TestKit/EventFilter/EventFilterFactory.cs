using Microsoft.Extensions.Logging;

namespace ActorChat.TestKit;

/// <summary>
/// Builds expectations on what the kernel logs (Akka.TestKit's <c>EventFilterFactory</c>). Each filter matches a
/// level, optionally an exception type, and optionally the message (<c>message</c>: equal, <c>start</c>: prefix,
/// <c>contains</c>: substring) and the source actor path (<c>source</c>: equal).
/// </summary>
public sealed class EventFilterFactory
{
    private readonly TestKitBase _testKit;

    internal EventFilterFactory(TestKitBase testKit) => _testKit = testKit;

    /// <summary>Error entries carrying an exception of type <typeparamref name="TException"/> (or derived); the text
    /// filters match the log message or the exception's message.</summary>
    public IEventFilterApplier Exception<TException>(string? message = null, string? start = null, string? contains = null, string? source = null)
        where TException : Exception =>
        Exception(typeof(TException), message, start, contains, source);

    /// <summary>Error entries carrying an exception of <paramref name="exceptionType"/> (or derived).</summary>
    public IEventFilterApplier Exception(Type exceptionType, string? message = null, string? start = null, string? contains = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(exceptionType);
        return Make(LogLevel.Error, exceptionType, message, start, contains, source);
    }

    /// <summary>Error entries.</summary>
    public IEventFilterApplier Error(string? message = null, string? start = null, string? contains = null, string? source = null) =>
        Make(LogLevel.Error, null, message, start, contains, source);

    /// <summary>Warning entries.</summary>
    public IEventFilterApplier Warning(string? message = null, string? start = null, string? contains = null, string? source = null) =>
        Make(LogLevel.Warning, null, message, start, contains, source);

    /// <summary>Info entries.</summary>
    public IEventFilterApplier Info(string? message = null, string? start = null, string? contains = null, string? source = null) =>
        Make(LogLevel.Information, null, message, start, contains, source);

    /// <summary>Debug entries.</summary>
    public IEventFilterApplier Debug(string? message = null, string? start = null, string? contains = null, string? source = null) =>
        Make(LogLevel.Debug, null, message, start, contains, source);

    private EventFilterApplier Make(LogLevel level, Type? exceptionType, string? message, string? start, string? contains, string? source) =>
        new(_testKit, new EventFilterApplier.Spec(level, exceptionType, message, start, contains, source));
}
