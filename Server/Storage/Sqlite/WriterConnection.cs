using Microsoft.Data.Sqlite;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>Opens the one read-write connection and sets the journal and durability it runs with.</summary>
internal static class WriterConnection
{
    /// <summary>Opens the database (creating the file if missing) in WAL mode with the given durability.</summary>
    public static SqliteConnection Open(StoreFiles files, StoreSynchronous synchronous)
    {
        var connection = new SqliteConnection(files.ConnectionString(SqliteOpenMode.ReadWriteCreate));
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();

            // Reading the journal mode is the first access to the file: a file that is no database fails here.
            command.CommandText = "PRAGMA journal_mode = WAL";
            var mode = command.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StoreUnavailableException(files.DatabasePath,
                    $"WAL mode could not be set (journal mode is '{mode}')");
            }

            // Without a limit the log file keeps the size of its largest burst after each checkpoint.
            command.CommandText = "PRAGMA journal_size_limit = 67108864";
            command.ExecuteNonQuery();

            // The writer touches index pages all over the file; SQLite's default 2 MiB cache re-reads them per batch.
            command.CommandText = "PRAGMA cache_size = -32768";
            command.ExecuteNonQuery();

            // A multi-row insert keeps a statement journal (to undo just itself); in memory, not in a temp file.
            command.CommandText = "PRAGMA temp_store = MEMORY";
            command.ExecuteNonQuery();

            // Checkpoints (with their disk syncs) run on WalCheckpointer's connection; this is the backstop if that
            // one falls behind: 16,384 pages, a log of 64 MiB.
            command.CommandText = "PRAGMA wal_autocheckpoint = 16384";
            command.ExecuteNonQuery();

            // NORMAL: in WAL mode a commit is durable against a process crash (the OS has the log), and the sync
            // happens at checkpoints (off the writer's thread); FULL adds a sync of the log per commit, i.e. per batch, for power loss.
            command.CommandText = synchronous == StoreSynchronous.Full
                ? "PRAGMA synchronous = FULL"
                : "PRAGMA synchronous = NORMAL";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
