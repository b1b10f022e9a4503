using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// Keeps history rows as per-name chunks: each message goes to its sender's chunk and to its recipient's (once when
/// they are the same name), encoded as soon as the writer takes it (so that its strings die young), and each
/// commit inserts one <c>history_chunks</c> row per name, so that the B-tree work grows with the names in a commit
/// rather than with its messages. Writer thread only.
/// </summary>
internal sealed class HistoryChunkWriter : IDisposable
{
    // Name ids are looked up once and remembered; past this many the memory is dropped and rebuilt as names come.
    private const int MaxRememberedNames = 100_000;

    // Entries by name instance kept across a commit: up to this many per name in the commit, plus the minimum.
    private const int InstancesPerCommittedName = 4;
    private const int MinRememberedInstances = 1024;

    // A commit of 1,000 names inserts for about 8 ms. Without a yield the writer kept its core for a whole scheduler
    // tick (4 ms here), and the thread pool's workers, spinning on that core's run queue rather than moved to the
    // idle one, waited for it: live messages were held for the commit. Every 32 inserts, about 0.3 ms, the writer
    // lets them run (docs/benchmarks.md, "The read loop's wait, and the writer's yield").
    private const int InsertsPerYield = 32;

    // A builder takes a buffer when it starts a chunk and gives it back when the chunk is committed, so the pool holds
    // about one commit's worth. Builders that kept theirs each held the largest chunk they had built (about 30 MB
    // after a million direct messages) and grew them mostly with new arrays (the shared pool keeps a few dozen of a
    // size): garbage that lived until a commit, so the collector promoted it before it died (docs/benchmarks.md,
    // "Merged: history chunk buffers go back to the writer's pool at each commit").
    private const int PooledBuffersPerSize = 1024;

    private readonly ArrayPool<byte> _buffers =
        ArrayPool<byte>.Create((int)(2 * StoreWriter.HistoryBytes), PooledBuffersPerSize);

    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _insertChunk, _findName, _insertName, _findChunks, _payload;
    private readonly Dictionary<string, long> _nameIds = new(NocaseComparer.Instance);
    private readonly Dictionary<string, HistoryChunkBuilder> _byName = new(NocaseComparer.Instance);
    // The names rows carry are the connections' own strings, the same instance message after message: found by
    // reference, without folding case to hash them, each with its UTF-8 made once rather than twice per message.
    private readonly Dictionary<string, NameEntry> _byInstance = new(ReferenceEqualityComparer.Instance);
    private readonly List<HistoryChunkBuilder> _builders = [];
    private int _used;
    // Counts commits (and give-ups), so that a name's builder of an earlier one is known to be stale.
    private int _generation;

    public HistoryChunkWriter(SqliteConnection connection)
    {
        _connection = connection;
        Prepare("""
            INSERT INTO history_chunks (name_id, first_id, last_id, newest_sent_at, count, sent, payload)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """, out _insertChunk);
        Prepare("SELECT id FROM history_names WHERE name = ?1", out _findName);
        Prepare("INSERT INTO history_names (name) VALUES (?1)", out _insertName);
        // The chunks whose id range holds a message, from the (last_id, first_id) index alone. Ranges of one commit
        // overlap; those of later commits start after it (ids are handed out in queue order and each take is of
        // every row queued before it), so they are passed over in the index.
        Prepare("SELECT rowid FROM history_chunks WHERE last_id >= ?1 AND first_id <= ?1 ORDER BY last_id", out _findChunks);
        Prepare("SELECT payload FROM history_chunks WHERE rowid = ?1", out _payload);
    }

    /// <summary>Messages encoded and not yet committed.</summary>
    public int Buffered { get; private set; }

    /// <summary>The id of the newest message ever buffered (committed, buffered or given up).</summary>
    public long LastBufferedId { get; private set; }

    /// <summary>Bytes of payload encoded and not yet committed.</summary>
    public long BufferedBytes { get; private set; }

    /// <summary>Encodes <paramref name="rows"/> (in id order, after every row buffered so far) into the chunks.</summary>
    public void Buffer(List<HistoryRow> rows)
    {
        foreach (ref readonly var row in CollectionsMarshal.AsSpan(rows))
        {
            var from = EntryFor(row.From);
            var to = EntryFor(row.To);
            var fromChunk = BuilderFor(from, row.From);
            var toChunk = BuilderFor(to, row.To);
            Add(fromChunk, row, from.Utf8, to.Utf8, sentByName: true);
            // A message to oneself (in whatever case) is in the name's chunk once.
            if (toChunk != fromChunk)
            {
                Add(toChunk, row, from.Utf8, to.Utf8, sentByName: false);
            }
        }

        Buffered += rows.Count;
        if (rows.Count > 0)
        {
            LastBufferedId = rows[^1].Id;
        }
    }

    /// <summary>Inserts one chunk per name buffered, in the open transaction; they stay buffered until <see cref="Clear"/>.</summary>
    public void Write()
    {
        if (Buffered == 0)
        {
            return;
        }

        var used = CollectionsMarshal.AsSpan(_builders)[.._used];
        foreach (var builder in used)
        {
            builder.NameId = NameId(builder.Name);
        }

        // In name order, so that the inserts walk the name index from one end to the other.
        used.Sort(static (a, b) => a.NameId.CompareTo(b.NameId));
        var inserted = 0;
        foreach (var builder in used)
        {
            if (++inserted % InsertsPerYield == 0)
            {
                Thread.Yield();
            }

            Check(raw.sqlite3_bind_int64(_insertChunk, 1, builder.NameId));
            Check(raw.sqlite3_bind_int64(_insertChunk, 2, builder.FirstId));
            Check(raw.sqlite3_bind_int64(_insertChunk, 3, builder.LastId));
            Check(raw.sqlite3_bind_int64(_insertChunk, 4, builder.NewestSentAtMs));
            Check(raw.sqlite3_bind_int(_insertChunk, 5, builder.Count));
            Check(raw.sqlite3_bind_int(_insertChunk, 6, builder.Sent));
            Check(raw.sqlite3_bind_blob(_insertChunk, 7, builder.Payload));
            StepDone(_insertChunk);
        }
    }

    /// <summary>Name instances the writer keeps an entry for (for tests).</summary>
    internal int RememberedInstances => _byInstance.Count;

    /// <summary>The buffered chunks were committed (or given up): start empty.</summary>
    public void Clear()
    {
        foreach (var builder in CollectionsMarshal.AsSpan(_builders)[.._used])
        {
            builder.Release();
        }

        // Each login brings a new instance of its name, and the entries (with the strings) of the instances gone
        // would stay: far more entries than a commit's names means most are of those, so all go, to be made again
        // as rows come (one UTF-8 encoding each).
        if (_byInstance.Count > InstancesPerCommittedName * _used + MinRememberedInstances)
        {
            _byInstance.Clear();
        }

        _byName.Clear();
        _generation++;
        _used = 0;
        Buffered = 0;
        BufferedBytes = 0;
    }

    /// <summary>
    /// Adds to <paramref name="found"/> the messages of the chunks whose ids are in <paramref name="ids"/> (taken out
    /// of it as found). Each chunk is decoded at most once, and one decode finds every wanted id in it: the unsent
    /// messages of a dropped connection sit together in its name's chunks.
    /// </summary>
    public void FindAll(HashSet<long> ids, List<StoredMessage> found)
    {
        var decoded = new HashSet<long>();
        foreach (var id in ids.Order().ToArray())
        {
            if (!ids.Contains(id))
            {
                continue;
            }

            try
            {
                Check(raw.sqlite3_bind_int64(_findChunks, 1, id));
                while (ids.Contains(id) && StepRow(_findChunks))
                {
                    if (decoded.Add(raw.sqlite3_column_int64(_findChunks, 0)))
                    {
                        HistoryPayload.Collect(Payload(raw.sqlite3_column_int64(_findChunks, 0)), ids, found);
                    }
                }
            }
            finally
            {
                raw.sqlite3_reset(_findChunks);
            }
        }
    }

    private byte[] Payload(long rowid)
    {
        try
        {
            Check(raw.sqlite3_bind_int64(_payload, 1, rowid));
            return StepRow(_payload) ? raw.sqlite3_column_blob(_payload, 0).ToArray() : [];
        }
        finally
        {
            raw.sqlite3_reset(_payload);
        }
    }

    /// <summary>The transaction rolled back: name ids inserted in it are gone, so forget every remembered one.</summary>
    public void RolledBack() => _nameIds.Clear();

    public void Dispose()
    {
        _insertChunk.Dispose();
        _findName.Dispose();
        _insertName.Dispose();
        _findChunks.Dispose();
        _payload.Dispose();
    }

    private void Add(HistoryChunkBuilder builder, in HistoryRow row, byte[] fromUtf8, byte[] toUtf8, bool sentByName)
    {
        BufferedBytes -= builder.Payload.Length;
        builder.Add(row, fromUtf8, toUtf8, sentByName);
        BufferedBytes += builder.Payload.Length;
    }

    private NameEntry EntryFor(string name)
    {
        if (_byInstance.TryGetValue(name, out var entry))
        {
            return entry;
        }

        entry = new NameEntry(Encoding.UTF8.GetBytes(name));
        _byInstance.Add(name, entry);
        return entry;
    }

    private HistoryChunkBuilder BuilderFor(NameEntry entry, string name)
    {
        if (entry.Generation != _generation)
        {
            entry.Builder = BuilderFor(name, entry.Utf8);
            entry.Generation = _generation;
        }

        return entry.Builder!;
    }

    private HistoryChunkBuilder BuilderFor(string name, byte[] nameUtf8)
    {
        ref var builder = ref CollectionsMarshal.GetValueRefOrAddDefault(_byName, name, out var exists);
        if (!exists)
        {
            if (_used == _builders.Count)
            {
                _builders.Add(new HistoryChunkBuilder(_buffers));
            }

            builder = _builders[_used++];
            builder.Start(name, nameUtf8);
        }

        return builder!;
    }

    private long NameId(string name)
    {
        if (_nameIds.TryGetValue(name, out var id))
        {
            return id;
        }

        id = Lookup(name);
        if (_nameIds.Count >= MaxRememberedNames)
        {
            _nameIds.Clear();
        }

        _nameIds.Add(name, id);
        return id;
    }

    private long Lookup(string name)
    {
        try
        {
            Check(raw.sqlite3_bind_text16(_findName, 1, name));
            if (StepRow(_findName))
            {
                return raw.sqlite3_column_int64(_findName, 0);
            }
        }
        finally
        {
            raw.sqlite3_reset(_findName);
        }

        Check(raw.sqlite3_bind_text16(_insertName, 1, name));
        StepDone(_insertName);
        return raw.sqlite3_last_insert_rowid(_connection.Handle);
    }

    private void StepDone(sqlite3_stmt statement) => RawSqlite.StepDone(_connection, statement);

    private bool StepRow(sqlite3_stmt statement) => RawSqlite.StepRow(_connection, statement);

    private void Prepare(string sql, out sqlite3_stmt statement) =>
        Check(raw.sqlite3_prepare_v2(_connection.Handle, sql, out statement));

    private void Check(int rc) => RawSqlite.Check(_connection, rc);

    /// <summary>A name string's UTF-8, and the chunk it goes to in the commit of <see cref="Generation"/>.</summary>
    private sealed class NameEntry(byte[] utf8)
    {
        public byte[] Utf8 { get; } = utf8;

        public HistoryChunkBuilder? Builder { get; set; }

        public int Generation { get; set; } = -1;
    }
}
