namespace ActorChat.Client;

/// <summary>A send on a <see cref="ChatConnection"/> that has closed.</summary>
public sealed class ChatConnectionClosedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChatConnectionClosedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
