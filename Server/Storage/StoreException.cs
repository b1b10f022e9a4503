namespace ActorChat.Server.Storage;

/// <summary>A store operation failed; the inner exception says why.</summary>
public class StoreException : Exception
{
    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public StoreException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
