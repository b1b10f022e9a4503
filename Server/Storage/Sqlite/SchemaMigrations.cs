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
        new SchemaMigration(2, "history of live-delivered messages in per-name chunks", """
            -- A small integer per name, so that the chunk index compares integers, not NOCASE text.
            CREATE TABLE history_names (
                id   INTEGER PRIMARY KEY,
                name TEXT    NOT NULL COLLATE NOCASE UNIQUE
            );

            -- One row per name per commit: that name's live-delivered messages of the commit (sent or received),
            -- encoded in id order in payload (HistoryPayload). Index entries grow with the names in a commit,
            -- not with its messages. Rows of messages (offline ones, and history from schema 1) stay in messages.
            CREATE TABLE history_chunks (
                name_id        INTEGER NOT NULL,
                first_id       INTEGER NOT NULL,
                last_id        INTEGER NOT NULL,
                newest_sent_at INTEGER NOT NULL,
                count          INTEGER NOT NULL,
                sent           INTEGER NOT NULL,
                payload        BLOB    NOT NULL
            );
            CREATE INDEX history_chunks_by_name ON history_chunks (name_id, last_id);
            -- Finds a message by id (the slow-consumer rule) and the highest id handed out.
            CREATE INDEX history_chunks_by_last_id ON history_chunks (last_id, first_id);
            CREATE INDEX history_chunks_by_age ON history_chunks (newest_sent_at);

            -- The highest message id of purged chunks: ids are never reused, even after the newest chunks go.
            CREATE TABLE message_ids (
                only    INTEGER PRIMARY KEY CHECK (only = 1),
                last_id INTEGER NOT NULL
            );
            INSERT INTO message_ids (only, last_id) VALUES (1, 0);
            """),
        // No table changes: the version marks that chunks may be of HistoryPayload's format 2 (the chunk's name once,
        // not in every message), which a schema-2 server cannot read; such a server now refuses the file at start
        // instead of failing INBOX later. Chunks of format 1 stay as they are and are still read.
        new SchemaMigration(3, "history chunks spell their name once (payload format 2)", "SELECT 1;"),
    ];
}
