namespace ActorChat.Server.Configuration;

/// <summary>A setting or command-line option is malformed; the message names it and says what is expected.</summary>
public sealed class SettingsException : Exception
{
    /// <summary>Creates the exception with a message for the operator.</summary>
    public SettingsException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
