namespace ActorChat.Actors.Configuration;

/// <summary>
/// Thrown for malformed HOCON (the message names the file or "&lt;string&gt;", the line and column and what was
/// expected), for substitutions that cannot be resolved, for unsupported HOCON features, and when a value read
/// through <see cref="Config"/> has the wrong type (the message names the path and the expected type).
/// </summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception with a message saying what went wrong and where.</summary>
    public ConfigurationException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ConfigurationException(string message, Exception innerException) : base(message, innerException) { }

    internal static ConfigurationException At(SourcePosition position, string message) => new($"{position}: {message}");
}
