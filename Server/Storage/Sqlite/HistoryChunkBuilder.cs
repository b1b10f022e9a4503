using System.Buffers;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// One name's messages of one commit, encoded as they come (see <see cref="HistoryPayload"/>). Reused from commit to
/// commit by the writer thread; its buffer is rented from the writer's pool by <see cref="Start"/> and given back by
/// <see cref="Release"/> once the chunk is committed, so that buffers follow the chunks of the moment rather than the
/// largest chunk each builder ever held.
/// </summary>
internal sealed class HistoryChunkBuilder
{
    private readonly ArrayPool<byte> _pool;
    private byte[] _buffer = [];
    private int _length;
    // Where the chunk's name is in the buffer, after the format byte and its length.
    private int _nameStart;
    private int _nameLength;
    private long _previousSentAt;

    /// <summary>A builder whose buffers come from <paramref name="pool"/>.</summary>
    public HistoryChunkBuilder(ArrayPool<byte> pool) => _pool = pool;

    /// <summary>The name whose chunk this is, in the case of its first message in the commit.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The name's id in <c>history_names</c>, set by the writer before inserting.</summary>
    public long NameId { get; set; }

    public long FirstId { get; private set; }

    public long LastId { get; private set; }

    public long NewestSentAtMs { get; private set; }

    public int Count { get; private set; }

    /// <summary>How many of the messages the chunk's name sent: each message is counted once over all chunks.</summary>
    public int Sent { get; private set; }

    public ReadOnlySpan<byte> Payload => _buffer.AsSpan(0, _length);

    /// <summary>Starts an empty chunk for <paramref name="name"/> (<paramref name="nameUtf8"/> in UTF-8).</summary>
    public void Start(string name, ReadOnlySpan<byte> nameUtf8)
    {
        Name = name;
        Count = 0;
        Sent = 0;
        _previousSentAt = 0;
        if (_buffer.Length == 0)
        {
            _buffer = _pool.Rent(256);
        }

        _buffer[0] = HistoryPayload.Format;
        _length = 1;
        Ensure(10 + nameUtf8.Length);
        WriteBytes(nameUtf8);
        _nameStart = _length - nameUtf8.Length;
        _nameLength = nameUtf8.Length;
    }

    /// <summary>The chunk is committed (or given up): its buffer goes back to the pool until the next <see cref="Start"/>.</summary>
    public void Release()
    {
        if (_buffer.Length > 0)
        {
            _pool.Return(_buffer);
            _buffer = [];
        }

        _length = 0;
    }

    /// <summary>
    /// Appends a message, its sender and recipient given in UTF-8 (the writer keeps each name's encoding rather than
    /// encoding it for every message); rows come in increasing id order.
    /// </summary>
    public void Add(in HistoryRow row, ReadOnlySpan<byte> fromUtf8, ReadOnlySpan<byte> toUtf8, bool sentByName)
    {
        if (Count == 0)
        {
            FirstId = row.Id;
            LastId = 0;
            NewestSentAtMs = row.SentAtMs;
        }

        var own = sentByName ? fromUtf8 : toUtf8;
        var other = sentByName ? toUtf8 : fromUtf8;
        // The chunk's name as the chunk spells it goes without saying; another spelling (case only) is kept.
        var spelled = !own.SequenceEqual(_buffer.AsSpan(_nameStart, _nameLength));
        var text = row.Utf8Text.Span;
        // Two numbers and three length prefixes, at most 10 bytes each.
        Ensure(50 + own.Length + other.Length + text.Length);
        var flags = (sentByName ? 0 : HistoryPayload.ReceivedFlag) | (spelled ? HistoryPayload.SpelledFlag : 0);
        WriteVarint((ulong)(row.Id - LastId) << 2 | (uint)flags);
        var delta = row.SentAtMs - _previousSentAt;
        WriteVarint((ulong)((delta << 1) ^ (delta >> 63)));
        if (spelled)
        {
            WriteBytes(own);
        }

        WriteBytes(other);
        WriteBytes(text);
        LastId = row.Id;
        _previousSentAt = row.SentAtMs;
        NewestSentAtMs = Math.Max(NewestSentAtMs, row.SentAtMs);
        Count++;
        if (sentByName)
        {
            Sent++;
        }
    }

    // The caller has ensured the room.
    private void WriteVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_length++] = (byte)value;
    }

    private void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteVarint((ulong)value.Length);
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            var larger = _pool.Rent(Math.Max(_buffer.Length * 2, _length + more));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            _pool.Return(_buffer);
            _buffer = larger;
        }
    }
}
