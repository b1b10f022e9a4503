using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// The writer connection's statements, prepared once and re-bound per write. The message append, the hot path,
/// talks to SQLite directly and allocates nothing; the rarer writes go through prepared commands. Used by the
/// writer thread only.
/// </summary>
internal sealed class WriterCommands : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<SqliteCommand> _all = [];

    private readonly SqliteCommand _begin, _commit, _rollback;
    private readonly SqliteCommand _recordLogin, _setLastSeen, _addBlock, _removeBlock, _markDelivered, _purge;
    private readonly SqliteCommand _messageExists, _keepHighestId, _purgeChunks;
    private readonly SqliteParameter _loginName, _loginAt, _seenName, _seenAt;
    private readonly SqliteParameter _addBlocker, _addBlocked, _removeBlocker, _removeBlocked;
    private readonly SqliteParameter _deliveredId, _deliveredFlag;
    private readonly sqlite3_stmt _append;
    private readonly SqliteParameter _purgeBefore, _purgeChunk, _existsId, _chunksBefore, _chunksLimit;
    private readonly HistoryChunkWriter _chunks;

    public WriterCommands(SqliteConnection connection)
    {
        _connection = connection;
        _begin = Create("BEGIN IMMEDIATE");
        _commit = Create("COMMIT");
        _rollback = Create("ROLLBACK");

        // An upsert keeps the case the name was first recorded in, and RETURNING hands that case back.
        _recordLogin = Create("""
            INSERT INTO names (name, first_seen, last_seen) VALUES ($name, $at, $at)
            ON CONFLICT (name) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)
            RETURNING name
            """, out _loginName, "$name", out _loginAt, "$at");
        _setLastSeen = Create("UPDATE names SET last_seen = max(last_seen, $at) WHERE name = $name",
            out _seenName, "$name", out _seenAt, "$at");
        _addBlock = Create("INSERT OR IGNORE INTO blocks (blocker, blocked) VALUES ($blocker, $blocked)",
            out _addBlocker, "$blocker", out _addBlocked, "$blocked");
        _removeBlock = Create("DELETE FROM blocks WHERE blocker = $blocker AND blocked = $blocked",
            out _removeBlocker, "$blocker", out _removeBlocked, "$blocked");

        // The hot path goes to SQLite directly: bound as UTF-16 spans, no per-row managed allocation at all.
        // Ids are assigned when queued (WriteQueue), so that history rows and awaited appends share one order.
        Check(raw.sqlite3_prepare_v2(connection.Handle, """
            INSERT INTO messages (id, sender, recipient, sent_at, text, delivered) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """, out _append));

        _markDelivered = Create("UPDATE messages SET delivered = $delivered WHERE id = $id AND delivered <> $delivered",
            out _deliveredId, "$id", out _deliveredFlag, "$delivered");
        _messageExists = Create("SELECT 1 FROM messages WHERE id = $id");
        _existsId = Add(_messageExists, "$id");

        // Chunked so that a large purge does not hold the single writer for long.
        _purge = Create("""
            DELETE FROM messages WHERE id IN (
                SELECT id FROM messages WHERE delivered = 1 AND sent_at < $before LIMIT $chunk)
            """, out _purgeBefore, "$before", out _purgeChunk, "$chunk");
        // Whole chunks whose newest message is past retention; the highest id they held is remembered first.
        _keepHighestId = Create("""
            UPDATE message_ids SET last_id = max(last_id, (SELECT coalesce(max(last_id), 0) FROM history_chunks))
            """);
        _purgeChunks = Create("""
            DELETE FROM history_chunks WHERE rowid IN (
                SELECT rowid FROM history_chunks WHERE newest_sent_at < $before LIMIT $chunk)
            RETURNING sent
            """, out _chunksBefore, "$before", out _chunksLimit, "$chunk");
        _chunks = new HistoryChunkWriter(connection);

        foreach (var command in _all)
        {
            command.Prepare();
        }
    }

    public void Begin() => _begin.ExecuteNonQuery();

    public void Commit() => _commit.ExecuteNonQuery();

    public void Rollback()
    {
        _chunks.RolledBack();
        _rollback.ExecuteNonQuery();
    }

    public string RecordLogin(string name, long atMs)
    {
        _loginName.Value = name;
        _loginAt.Value = atMs;
        return (string)_recordLogin.ExecuteScalar()!;
    }

    public bool SetLastSeen(string name, long atMs)
    {
        _seenName.Value = name;
        _seenAt.Value = atMs;
        return _setLastSeen.ExecuteNonQuery() > 0;
    }

    public bool AddBlock(string blocker, string blocked)
    {
        _addBlocker.Value = blocker;
        _addBlocked.Value = blocked;
        return _addBlock.ExecuteNonQuery() > 0;
    }

    public bool RemoveBlock(string blocker, string blocked)
    {
        _removeBlocker.Value = blocker;
        _removeBlocked.Value = blocked;
        return _removeBlock.ExecuteNonQuery() > 0;
    }

    public long Append(in MessageRow row)
    {
        Check(raw.sqlite3_bind_int64(_append, 1, row.Id));
        Check(raw.sqlite3_bind_text16(_append, 2, row.From));
        Check(raw.sqlite3_bind_text16(_append, 3, row.To));
        Check(raw.sqlite3_bind_int64(_append, 4, row.SentAtMs));
        Check(raw.sqlite3_bind_text16(_append, 5, row.Text));
        Check(raw.sqlite3_bind_int(_append, 6, row.Delivered ? 1 : 0));
        Step(_append);
        return row.Id;
    }

    /// <summary>History rows (delivered messages, in id order) encoded into per-name chunks, not yet written.</summary>
    public HistoryChunkWriter History => _chunks;

    public int SetDelivered(long[] ids, bool delivered)
    {
        _deliveredFlag.Value = delivered ? 1 : 0;
        var changed = 0;
        HashSet<long>? notRows = null;
        foreach (var id in ids)
        {
            _deliveredId.Value = id;
            var updated = _markDelivered.ExecuteNonQuery();
            if (updated == 0 && !delivered && !IsRow(id))
            {
                (notRows ??= []).Add(id);
            }

            changed += updated;
        }

        return notRows is null ? changed : changed + RestoreUndelivered(notRows);
    }

    public (int Chunks, int Messages) PurgeChunks(long beforeMs, int chunk)
    {
        _keepHighestId.ExecuteNonQuery();
        _chunksBefore.Value = beforeMs;
        _chunksLimit.Value = chunk;
        int chunks = 0, messages = 0;
        using var reader = _purgeChunks.ExecuteReader();
        while (reader.Read())
        {
            chunks++;
            messages += reader.GetInt32(0);
        }

        return (chunks, messages);
    }

    public int Purge(long beforeMs, int chunk)
    {
        _purgeBefore.Value = beforeMs;
        _purgeChunk.Value = chunk;
        return _purge.ExecuteNonQuery();
    }

    /// <summary>Copies the write-ahead log into the database file and syncs it; outside any transaction.</summary>
    public void Checkpoint(string mode)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode})";
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }

        _append.Dispose();
        _chunks.Dispose();
    }

    private bool IsRow(long id)
    {
        _existsId.Value = id;
        return _messageExists.ExecuteScalar() is not null;
    }

    /// <summary>
    /// Messages only in history chunks (delivered live, then dropped by a slow consumer) become offline ones: rows
    /// of <c>messages</c> with the same ids, undelivered. INBOX counts each once (by id). Unknown ids are ignored.
    /// </summary>
    private int RestoreUndelivered(HashSet<long> ids)
    {
        var found = new List<StoredMessage>(ids.Count);
        _chunks.FindAll(ids, found);
        foreach (var message in found)
        {
            Append(new MessageRow(message.Id, message.From, message.To, message.SentAt.ToUnixTimeMilliseconds(),
                message.Text, Delivered: false));
        }

        return found.Count;
    }

    private void Step(sqlite3_stmt statement) => RawSqlite.StepDone(_connection, statement);

    private void Check(int rc) => RawSqlite.Check(_connection, rc);

    private SqliteCommand Create(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        _all.Add(command);
        return command;
    }

    private SqliteCommand Create(string sql, out SqliteParameter first, string firstName,
        out SqliteParameter second, string secondName)
    {
        var command = Create(sql);
        first = Add(command, firstName);
        second = Add(command, secondName);
        return command;
    }

    private static SqliteParameter Add(SqliteCommand command, string name)
    {
        // A placeholder value of the right kind; Prepare needs every parameter bound.
        var parameter = command.Parameters.Add(new SqliteParameter(name, 0));
        return parameter;
    }
}
