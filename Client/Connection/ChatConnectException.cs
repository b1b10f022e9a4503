namespace ActorChat.Client;

/// <summary>
/// Connecting failed: the server refused or could not be reached in time, or what answered is not an ActorChat
/// server. The message is one line for people, e.g. "cannot connect to 127.0.0.1:5050: connection refused".
/// </summary>
public sealed class ChatConnectException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChatConnectException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
