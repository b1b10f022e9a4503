using Microsoft.Data.Sqlite;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>Opens the one read-write connection and sets the journal and durability it runs with.</summary>
internal static class WriterConnection
{
    // The page size a new database is made with: SQLite's largest.
    private const int NewDatabasePageSize = 64 * 1024;

    // The log size at which the writer checkpoints by itself, if WalCheckpointer falls behind.
    private const long LogBackstopBytes = 64 * 1024 * 1024;

    /// <summary>Opens the database (creating the file if missing) in WAL mode with the given durability.</summary>
    public static SqliteConnection Open(StoreFiles files, StoreSynchronous synchronous)
    {
        var connection = new SqliteConnection(files.ConnectionString(SqliteOpenMode.ReadWriteCreate));
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();

            // Before anything writes the file: an existing database keeps the page size it was made with. The log takes
            // every changed page whole; history appends fill pages in turn, so bigger pages write the same bytes in
            // fewer system calls: a twelfth of them at 64 KiB against the default 4 KiB, and a fifth more direct
            // messages a second on a machine where system calls are dear (docs/benchmarks.md).
            command.CommandText = $"PRAGMA page_size = {NewDatabasePageSize}";
            command.ExecuteNonQuery();

            // Reading the journal mode reads the file's header: a file that is no database fails here at the latest.
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
            // one falls behind, counted in pages of this file's size.
            command.CommandText = "PRAGMA page_size";
            var pageSize = (long)command.ExecuteScalar()!;
            command.CommandText = $"PRAGMA wal_autocheckpoint = {LogBackstopBytes / pageSize}";
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
