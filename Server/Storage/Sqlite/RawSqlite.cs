using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>The raw SQLite calls of the writer's hot statements, with SQLite's errors raised as <see cref="SqliteException"/>.</summary>
/// <remarks>The per-row statements bypass <see cref="SqliteCommand"/>, whose parameter objects cost an allocation each.</remarks>
internal static class RawSqlite
{
    /// <summary>Throws the <see cref="SqliteException"/> for <paramref name="rc"/> unless it is a success code.</summary>
    public static void Check(SqliteConnection connection, int rc) => SqliteException.ThrowExceptionForRC(rc, connection.Handle);

    /// <summary>Steps a query: true with a row to read, false when it is done; the caller resets it after reading.</summary>
    public static bool StepRow(SqliteConnection connection, sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        Check(connection, rc);
        return rc == raw.SQLITE_ROW;
    }

    /// <summary>Runs a statement that returns no rows, and resets it for the next use whatever happens.</summary>
    public static void StepDone(SqliteConnection connection, sqlite3_stmt statement)
    {
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_DONE)
            {
                Check(connection, rc);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }
}
