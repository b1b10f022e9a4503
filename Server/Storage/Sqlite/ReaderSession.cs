using Microsoft.Data.Sqlite;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// One read connection with its statements prepared once. WAL lets it read while the writer writes; each
/// statement reads one consistent snapshot of what was committed when it started. One thread at a time.
/// </summary>
internal sealed class ReaderSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _findName, _seenSince, _blocks, _isBlocked, _undelivered, _inbox, _inboxChunks;

    public ReaderSession(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _findName = Create("SELECT name FROM names WHERE name = $name", "$name");
        _seenSince = Create("SELECT name FROM names WHERE last_seen >= $since ORDER BY name", "$since");
        _blocks = Create("SELECT blocked FROM blocks WHERE blocker = $blocker ORDER BY blocked", "$blocker");
        _isBlocked = Create("SELECT 1 FROM blocks WHERE blocker = $blocker AND blocked = $blocked", "$blocker", "$blocked");
        _undelivered = Create("""
            SELECT id, sender, recipient, sent_at, text, delivered FROM messages
            WHERE recipient = $name AND delivered = 0 AND id > $after
            ORDER BY id LIMIT $max
            """, "$name", "$after", "$max");
        // Three index range scans, newest first, merged; a message to oneself matches the recipient ones only.
        // Delivered messages past retention are not shown even before the purge deletes them.
        _inbox = Create("""
            SELECT id, sender, recipient, sent_at, text, delivered FROM (
                SELECT * FROM (SELECT * FROM messages WHERE recipient = $name AND delivered = 0
                               ORDER BY id DESC LIMIT $max)
                UNION ALL
                SELECT * FROM (SELECT * FROM messages WHERE recipient = $name AND delivered = 1 AND sent_at >= $since
                               ORDER BY id DESC LIMIT $max)
                UNION ALL
                SELECT * FROM (SELECT * FROM messages WHERE sender = $name AND recipient <> $name
                                   AND (delivered = 0 OR sent_at >= $since)
                               ORDER BY id DESC LIMIT $max)
                ORDER BY id DESC LIMIT $max)
            ORDER BY id
            """, "$name", "$max", "$since");
        // The name's chunks, newest first; read only as far as the count needs.
        _inboxChunks = Create("""
            SELECT payload, count FROM history_chunks
            WHERE name_id = (SELECT id FROM history_names WHERE name = $name) AND newest_sent_at >= $since
            ORDER BY last_id DESC
            """, "$name", "$since");
    }

    public string? FindName(string name)
    {
        _findName.Parameters[0].Value = name;
        return (string?)_findName.ExecuteScalar();
    }

    public IReadOnlyList<string> NamesSeenSince(long sinceMs)
    {
        _seenSince.Parameters[0].Value = sinceMs;
        return ReadStrings(_seenSince);
    }

    public IReadOnlyList<string> Blocks(string blocker)
    {
        _blocks.Parameters[0].Value = blocker;
        return ReadStrings(_blocks);
    }

    public bool IsBlocked(string blocker, string blocked)
    {
        _isBlocked.Parameters[0].Value = blocker;
        _isBlocked.Parameters[1].Value = blocked;
        return _isBlocked.ExecuteScalar() is not null;
    }

    public IReadOnlyList<StoredMessage> Undelivered(string recipient, long afterId, int maxCount)
    {
        _undelivered.Parameters[0].Value = recipient;
        _undelivered.Parameters[1].Value = afterId;
        _undelivered.Parameters[2].Value = maxCount;
        return ReadMessages(_undelivered);
    }

    /// <summary>
    /// The newest <paramref name="count"/> messages to or by <paramref name="name"/>, oldest first: the rows of
    /// <c>messages</c> merged with the history chunks, each message once (a message both in a chunk and stored again
    /// undelivered by the slow-consumer rule shows as its <c>messages</c> row).
    /// </summary>
    public IReadOnlyList<StoredMessage> Inbox(string name, int count, long sinceMs)
    {
        _inbox.Parameters[0].Value = name;
        _inbox.Parameters[1].Value = count;
        _inbox.Parameters[2].Value = sinceMs;
        var rows = ReadMessages(_inbox);
        var history = InboxHistory(name, count, sinceMs);
        if (history.Count == 0)
        {
            return rows;
        }

        // Each source is distinct in itself and holds at least its share of the newest count, so the merge is exact.
        var rowIds = new HashSet<long>(rows.Select(m => m.Id));
        var merged = new List<StoredMessage>(rows.Count + history.Count);
        merged.AddRange(rows);
        merged.AddRange(history.Where(m => !rowIds.Contains(m.Id)));
        merged.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return merged.Count <= count ? merged : merged.GetRange(merged.Count - count, count);
    }

    /// <summary>The newest <paramref name="count"/> messages of the name's chunks within retention, in no order.</summary>
    private List<StoredMessage> InboxHistory(string name, int count, long sinceMs)
    {
        _inboxChunks.Parameters[0].Value = name;
        _inboxChunks.Parameters[1].Value = sinceMs;
        var found = new List<StoredMessage>();
        var chunk = new List<StoredMessage>();
        using var reader = _inboxChunks.ExecuteReader();
        while (found.Count < count && reader.Read())
        {
            var payload = reader.GetFieldValue<byte[]>(0);
            var needed = count - found.Count;
            // Only the newest messages a chunk must give are made; all of them only if some of those are too old.
            var skip = Math.Max(0, reader.GetInt32(1) - needed);
            if (!TakeNewest(payload, skip, sinceMs, chunk, found, count) && skip > 0)
            {
                found.RemoveRange(count - needed, found.Count - (count - needed));
                TakeNewest(payload, 0, sinceMs, chunk, found, count);
            }
        }

        return found;
    }

    /// <summary>Adds the chunk's messages within retention to <paramref name="found"/>, newest first, up to count;
    /// false if some it decoded were too old.</summary>
    private static bool TakeNewest(byte[] payload, int skip, long sinceMs, List<StoredMessage> chunk,
        List<StoredMessage> found, int count)
    {
        chunk.Clear();
        HistoryPayload.Decode(payload, chunk, skip);
        var allRetained = true;
        for (var i = chunk.Count - 1; i >= 0 && found.Count < count; i--)
        {
            if (chunk[i].SentAt.ToUnixTimeMilliseconds() >= sinceMs)
            {
                found.Add(chunk[i]);
            }
            else
            {
                allRetained = false;
            }
        }

        return allRetained;
    }

    public void Dispose() => _connection.Dispose();

    private static List<string> ReadStrings(SqliteCommand command)
    {
        var result = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    private static List<StoredMessage> ReadMessages(SqliteCommand command)
    {
        var result = new List<StoredMessage>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new StoredMessage(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                reader.GetString(4),
                reader.GetInt64(5) != 0));
        }

        return result;
    }

    private SqliteCommand Create(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, 0));
        }

        command.Prepare();
        return command;
    }
}
