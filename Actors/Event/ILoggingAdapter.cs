namespace ActorChat.Actors;

/// <summary>
/// An actor's logger (Akka.NET's <c>ILoggingAdapter</c>), on Microsoft.Extensions.Logging: <c>format</c>
/// strings are message templates (<c>{Name}</c> or <c>{0}</c>), and every entry carries the actor path as the
/// <c>ActorPath</c> scope field.
/// </summary>
public interface ILoggingAdapter
{
    /// <summary>True when Debug entries are written.</summary>
    bool IsDebugEnabled { get; }

    /// <summary>True when Info entries are written.</summary>
    bool IsInfoEnabled { get; }

    /// <summary>True when Warning entries are written.</summary>
    bool IsWarningEnabled { get; }

    /// <summary>True when Error entries are written.</summary>
    bool IsErrorEnabled { get; }

    /// <summary>Logs at Debug.</summary>
    void Debug(string format, params object?[] args);

    /// <summary>Logs at Debug with an exception.</summary>
    void Debug(Exception cause, string format, params object?[] args);

    /// <summary>Logs at Info.</summary>
    void Info(string format, params object?[] args);

    /// <summary>Logs at Info with an exception.</summary>
    void Info(Exception cause, string format, params object?[] args);

    /// <summary>Logs at Warning.</summary>
    void Warning(string format, params object?[] args);

    /// <summary>Logs at Warning with an exception.</summary>
    void Warning(Exception cause, string format, params object?[] args);

    /// <summary>Logs at Error.</summary>
    void Error(string format, params object?[] args);

    /// <summary>Logs at Error with an exception.</summary>
    void Error(Exception cause, string format, params object?[] args);
}
