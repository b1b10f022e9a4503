using Microsoft.Data.Sqlite;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// The data directory checked and claimed at open time, so that every problem with it surfaces as a
/// <see cref="StoreUnavailableException"/> naming the path before the server serves anyone.
/// </summary>
internal sealed class StoreFiles : IDisposable
{
    public const string DatabaseFileName = "actorchat.db";
    public const string LockFileName = "actorchat.lock";

    private readonly FileStream _lock;

    private StoreFiles(string directory, FileStream lockFile)
    {
        Directory = directory;
        DatabasePath = Path.Combine(directory, DatabaseFileName);
        _lock = lockFile;
    }

    /// <summary>The data directory, as a full path.</summary>
    public string Directory { get; }

    /// <summary>The database file in it.</summary>
    public string DatabasePath { get; }

    /// <summary>Creates the directory if needed and takes its lock: one store per directory at a time.</summary>
    public static StoreFiles Claim(string dataDirectory)
    {
        var directory = Path.GetFullPath(dataDirectory);
        if (File.Exists(directory))
        {
            throw new StoreUnavailableException(directory, "the data-dir is a file, not a directory");
        }

        try
        {
            System.IO.Directory.CreateDirectory(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException(directory, $"the data-dir cannot be created ({exception.Message})", exception);
        }

        var lockPath = Path.Combine(directory, LockFileName);
        FileStream lockFile;
        try
        {
            // FileShare.None takes an exclusive lock (flock on Unix); the OS drops it when the process dies.
            lockFile = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new StoreUnavailableException(directory, $"the data-dir is not writable ({exception.Message})", exception);
        }
        catch (IOException exception) when (File.Exists(lockPath) && IsLockedByOther(exception))
        {
            throw new StoreUnavailableException(directory,
                $"another ActorChat store has this data-dir open ({exception.Message})", exception);
        }
        catch (IOException exception)
        {
            throw new StoreUnavailableException(directory, $"the data-dir is not writable ({exception.Message})", exception);
        }

        var files = new StoreFiles(directory, lockFile);
        if (System.IO.Directory.Exists(files.DatabasePath))
        {
            files.Dispose();
            throw new StoreUnavailableException(files.DatabasePath, "the database path is a directory, not a file");
        }

        return files;
    }

    /// <summary>A connection string for the database; pooling off so that closing really closes the file.</summary>
    public string ConnectionString(SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath,
        Mode = mode,
        Cache = SqliteCacheMode.Private,
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Turns an SQLite failure at open time into the reason an operator can act on.</summary>
    public StoreUnavailableException Explain(SqliteException exception)
    {
        var cause = exception.SqliteErrorCode switch
        {
            26 => "the file is not an SQLite database (corrupted, or some other file)",
            11 => "the database file is corrupted",
            14 => "the database file cannot be opened (permissions, or the data-dir is not writable)",
            8 => "the database file or data-dir is read-only",
            13 => "the disk is full",
            5 or 6 => "the database file is locked by another program",
            _ => "SQLite refused it",
        };
        return new StoreUnavailableException(DatabasePath, $"{cause} ({exception.Message})", exception);
    }

    public void Dispose() => _lock.Dispose();

    private static bool IsLockedByOther(IOException exception) =>
        exception.HResult == unchecked((int)0x80070020) || exception.Message.Contains("being used by another process", StringComparison.Ordinal);
}
