using ActorChat.Server.Storage;
using ActorChat.Server.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ActorChat.Tests.Server.Storage;

/// <summary>A fresh data directory under the temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempDataDirectory : IDisposable
{
    public TempDataDirectory()
    {
        Root = Path.Combine(Path.GetTempPath(), "actorchat-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        DataDirectory = System.IO.Path.Combine(Root, "data");
    }

    /// <summary>Parent of the data directory; tests may put other things here.</summary>
    public string Root { get; }

    /// <summary>The data directory (not created: the store creates it).</summary>
    public string DataDirectory { get; }

    public string DatabasePath => System.IO.Path.Combine(DataDirectory, StoreFiles.DatabaseFileName);

    public StoreOptions Options(int historyDays = 30, int maxBatchSize = 1024, TimeProvider? clock = null,
        TimeSpan? purgeInterval = null) =>
        new(DataDirectory)
        {
            HistoryDays = historyDays,
            MaxBatchSize = maxBatchSize,
            PurgeInterval = purgeInterval ?? TimeSpan.Zero,
            TimeProvider = clock ?? TimeProvider.System,
        };

    public SqliteChatStore Open(int historyDays = 30, int maxBatchSize = 1024) =>
        SqliteChatStore.Open(Options(historyDays, maxBatchSize));

    /// <summary>A connection of the test's own to the database file, open; pooling off, so that disposing it closes the file.</summary>
    public SqliteConnection OpenConnection(SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath, Mode = mode, Pooling = false, DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
