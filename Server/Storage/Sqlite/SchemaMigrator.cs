using Microsoft.Data.Sqlite;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>Brings a database file to the newest schema this code knows, in one transaction.</summary>
internal static class SchemaMigrator
{
    /// <summary>Applies the missing steps and returns the version the file is at afterwards.</summary>
    /// <exception cref="StoreUnavailableException">
    /// The file was written by a newer server, or is an SQLite file that is not an ActorChat store.
    /// </exception>
    public static int Migrate(SqliteConnection connection, IReadOnlyList<SchemaMigration> migrations, string path)
    {
        CheckOrder(migrations);
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;

        using var transaction = connection.BeginTransaction(deferred: false);
        var hasVersionTable = Scalar(connection,
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") > 0;
        if (!hasVersionTable)
        {
            var otherObjects = Scalar(connection, "SELECT count(*) FROM sqlite_master");
            if (otherObjects > 0)
            {
                throw new StoreUnavailableException(path,
                    "the file is an SQLite database but not an ActorChat store (it has no schema_version table)");
            }

            Execute(connection, """
                CREATE TABLE schema_version (
                    version     INTEGER NOT NULL PRIMARY KEY,
                    description TEXT    NOT NULL,
                    applied_at  INTEGER NOT NULL
                )
                """);
        }

        var current = (int)Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version");
        if (current > known)
        {
            throw new StoreUnavailableException(path,
                $"its schema version {current} is newer than this server knows (up to {known}); run a newer server");
        }

        foreach (var migration in migrations)
        {
            if (migration.Version <= current)
            {
                continue;
            }

            Execute(connection, migration.Sql);
            using var record = connection.CreateCommand();
            record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($v, $d, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$d", migration.Description);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            record.ExecuteNonQuery();
        }

        transaction.Commit();
        return Math.Max(current, known);
    }

    private static void CheckOrder(IReadOnlyList<SchemaMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Schema migrations must be numbered 1, 2, 3...; step {i + 1} is numbered {migrations[i].Version}");
            }
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
