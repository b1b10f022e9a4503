using Microsoft.Data.Sqlite;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// One read connection with its statements prepared once. WAL lets it read while the writer writes; each
/// statement reads one consistent snapshot of what was committed when it started. One thread at a time.
/// </summary>
internal sealed class ReaderSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _findName, _seenSince, _blocks, _isBlocked, _undelivered, _inbox;

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
        _inbox = Create("""
            SELECT id, sender, recipient, sent_at, text, delivered FROM (
                SELECT * FROM (SELECT * FROM messages WHERE recipient = $name AND delivered = 0
                               ORDER BY id DESC LIMIT $max)
                UNION ALL
                SELECT * FROM (SELECT * FROM messages WHERE recipient = $name AND delivered = 1
                               ORDER BY id DESC LIMIT $max)
                UNION ALL
                SELECT * FROM (SELECT * FROM messages WHERE sender = $name AND recipient <> $name
                               ORDER BY id DESC LIMIT $max)
                ORDER BY id DESC LIMIT $max)
            ORDER BY id
            """, "$name", "$max");
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

    public IReadOnlyList<StoredMessage> Inbox(string name, int count)
    {
        _inbox.Parameters[0].Value = name;
        _inbox.Parameters[1].Value = count;
        return ReadMessages(_inbox);
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
