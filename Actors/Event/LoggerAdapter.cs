using Microsoft.Extensions.Logging;

namespace ActorChat.Actors;

/// <summary>The <see cref="ILoggingAdapter"/> implementation: an <see cref="ILogger"/> plus the actor-path scope.</summary>
internal sealed class LoggerAdapter(ILogger logger, ActorPath source) : ILoggingAdapter
{
    private readonly ActorPathScope _scope = new(source);

    public bool IsDebugEnabled => logger.IsEnabled(LogLevel.Debug);

    public bool IsInfoEnabled => logger.IsEnabled(LogLevel.Information);

    public bool IsWarningEnabled => logger.IsEnabled(LogLevel.Warning);

    public bool IsErrorEnabled => logger.IsEnabled(LogLevel.Error);

    public void Debug(string format, params object?[] args) => Write(logger, _scope, LogLevel.Debug, null, format, args);

    public void Debug(Exception cause, string format, params object?[] args) => Write(logger, _scope, LogLevel.Debug, cause, format, args);

    public void Info(string format, params object?[] args) => Write(logger, _scope, LogLevel.Information, null, format, args);

    public void Info(Exception cause, string format, params object?[] args) => Write(logger, _scope, LogLevel.Information, cause, format, args);

    public void Warning(string format, params object?[] args) => Write(logger, _scope, LogLevel.Warning, null, format, args);

    public void Warning(Exception cause, string format, params object?[] args) => Write(logger, _scope, LogLevel.Warning, cause, format, args);

    public void Error(string format, params object?[] args) => Write(logger, _scope, LogLevel.Error, null, format, args);

    public void Error(Exception cause, string format, params object?[] args) => Write(logger, _scope, LogLevel.Error, cause, format, args);

    /// <summary>Writes one entry inside the actor-path scope. A template that does not fit its arguments is written
    /// verbatim rather than failing the actor that logs it.</summary>
    internal static void Write(ILogger logger, ActorPathScope scope, LogLevel level, Exception? cause, string format, object?[] args)
    {
        if (!logger.IsEnabled(level)) return;
        using (logger.BeginScope(scope))
        {
            try
            {
                logger.Log(level, cause, format, args);
            }
            catch (FormatException)
            {
                logger.Log(level, cause, "{Template} {Args}", format, string.Join(", ", args));
            }
        }
    }
}
