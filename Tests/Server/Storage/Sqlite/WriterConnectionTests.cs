using ActorChat.Server.Storage;
using ActorChat.Server.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class WriterConnectionTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_new_database_is_made_with_64_KiB_pages_and_checkpoints_by_itself_at_a_64_MiB_log()
    {
        using var files = StoreFiles.Claim(_dir.DataDirectory);
        using var writer = WriterConnection.Open(files, StoreSynchronous.Normal);

        Assert.Equal(65536L, Scalar(writer, "PRAGMA page_size"));
        Assert.Equal(1024L, Scalar(writer, "PRAGMA wal_autocheckpoint"));
    }

    [Fact]
    public void A_database_made_with_4_KiB_pages_keeps_them_and_its_log_backstop_stays_64_MiB()
    {
        Directory.CreateDirectory(_dir.DataDirectory);
        using (var earlier = _dir.OpenConnection())
        {
            Scalar(earlier, "PRAGMA page_size = 4096");
            Scalar(earlier, "CREATE TABLE earlier (id INTEGER PRIMARY KEY)");
        }

        using var files = StoreFiles.Claim(_dir.DataDirectory);
        using var writer = WriterConnection.Open(files, StoreSynchronous.Normal);

        Assert.Equal(4096L, Scalar(writer, "PRAGMA page_size"));
        Assert.Equal(16384L, Scalar(writer, "PRAGMA wal_autocheckpoint"));
        Assert.Equal("wal", Scalar(writer, "PRAGMA journal_mode"));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
