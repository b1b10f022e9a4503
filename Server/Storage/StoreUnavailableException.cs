namespace ActorChat.Server.Storage;

/// <summary>
/// The store cannot be opened: the data directory is missing and cannot be created, is a file, is not writable,
/// is in use by another store, or holds a file that is not a database this server understands.
/// </summary>
public sealed class StoreUnavailableException : StoreException
{
    /// <summary>Creates the exception for <paramref name="path"/>, with the cause in words and as an exception.</summary>
    public StoreUnavailableException(string path, string cause, Exception? innerException = null)
        : base($"Store at '{path}' cannot be opened: {cause}", innerException)
    {
        Path = path;
    }

    /// <summary>The directory or file that could not be used.</summary>
    public string Path { get; }
}
