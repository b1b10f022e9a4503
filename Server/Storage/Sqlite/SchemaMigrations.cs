namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// Every schema step, oldest first. Append new steps; never edit a released one, since files out there were
/// built by it. The version a file is at lives in its <c>schema_version</c> table.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new SchemaMigration(1, "names with last-seen, blocks, direct messages", """
            CREATE TABLE names (
                name       TEXT    NOT NULL COLLATE NOCASE PRIMARY KEY,
                first_seen INTEGER NOT NULL,
                last_seen  INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX names_by_last_seen ON names (last_seen);

            CREATE TABLE blocks (
                blocker TEXT NOT NULL COLLATE NOCASE,
                blocked TEXT NOT NULL COLLATE NOCASE,
                PRIMARY KEY (blocker, blocked)
            ) WITHOUT ROWID;

            -- AUTOINCREMENT: an id handed out is never reused, even after the newest rows are purged.
            CREATE TABLE messages (
                id        INTEGER PRIMARY KEY AUTOINCREMENT,
                sender    TEXT    NOT NULL COLLATE NOCASE,
                recipient TEXT    NOT NULL COLLATE NOCASE,
                sent_at   INTEGER NOT NULL,
                text      TEXT    NOT NULL,
                delivered INTEGER NOT NULL
            );
            -- One recipient index serves both the undelivered fetch (delivered = 0) and INBOX (both values):
            -- every index costs each append a page write per commit.
            CREATE INDEX messages_by_recipient ON messages (recipient, delivered, id);
            CREATE INDEX messages_by_sender ON messages (sender, id);
            CREATE INDEX messages_purgeable ON messages (sent_at) WHERE delivered = 1;
            """),
    ];
}
