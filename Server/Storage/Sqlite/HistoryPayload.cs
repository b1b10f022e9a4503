using System.Text;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// The encoding of a history chunk's messages, self-contained: decoding needs nothing but the bytes. A format byte;
/// in format 2 (written since 2026-12-07) the chunk's name once, as length-prefixed UTF-8; then per message, in id
/// order, the id and the time as differences from the previous message's (varints, the time zigzagged), and
/// length-prefixed UTF-8 texts. In format 2 the id's difference is shifted left by two for two flags (the chunk's
/// name received the message; the message spells that name otherwise, and the spelling comes first), followed by the
/// other name and the text, so that a chunk does not repeat its own name in every message. Format 1 has sender,
/// recipient and text in every message, and is still read.
/// </summary>
internal static class HistoryPayload
{
    /// <summary>The format the writer writes.</summary>
    public const byte Format = 2;

    /// <summary>The chunk's name received the message (else sent it).</summary>
    public const int ReceivedFlag = 1;

    /// <summary>The message spells the chunk's name differently from the chunk's first message (case only).</summary>
    public const int SpelledFlag = 2;

    private const byte BothNamesFormat = 1;

    /// <summary>
    /// Decodes the messages of <paramref name="payload"/> into <paramref name="into"/>, oldest first, all but the
    /// first <paramref name="skip"/> (passed over without making their strings).
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a payload of this format.</exception>
    public static void Decode(ReadOnlySpan<byte> payload, List<StoredMessage> into, int skip = 0)
    {
        var reader = new Reader(payload);
        for (var i = 0; i < skip && reader.TrySkip(); i++)
        {
        }

        while (reader.TryRead(out var message))
        {
            into.Add(message);
        }
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the messages of <paramref name="payload"/> whose ids are in
    /// <paramref name="wanted"/>, and takes those ids out of it; the others are passed over without making strings.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a payload of this format.</exception>
    public static void Collect(ReadOnlySpan<byte> payload, HashSet<long> wanted, List<StoredMessage> into)
    {
        var reader = new Reader(payload);
        while (wanted.Count > 0 && reader.TryReadId(out var id))
        {
            if (wanted.Remove(id))
            {
                into.Add(reader.ReadRest());
            }
            else
            {
                reader.SkipRest();
            }
        }
    }

    /// <summary>Reads messages one by one; every length is checked against what is left.</summary>
    private ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _bytes;
        private readonly byte _format;
        private readonly int _nameAt;
        private readonly int _nameLength;
        private string? _name;
        private int _at;
        private long _id;
        private long _sentAt;
        private int _flags;

        public Reader(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty || bytes[0] is not (Format or BothNamesFormat))
            {
                throw new InvalidDataException($"History chunk of unknown format {(bytes.IsEmpty ? "(empty)" : bytes[0])}");
            }

            _bytes = bytes;
            _format = bytes[0];
            _at = 1;
            if (_format == Format)
            {
                // The chunk's name is made into a string once, and only if a message needs it.
                _nameLength = ReadLength();
                _nameAt = _at;
                _at += _nameLength;
            }
        }

        public bool TrySkip()
        {
            if (!TryReadId(out _))
            {
                return false;
            }

            SkipRest();
            return true;
        }

        public bool TryRead(out StoredMessage message)
        {
            if (!TryReadId(out _))
            {
                message = default;
                return false;
            }

            message = ReadRest();
            return true;
        }

        /// <summary>Reads the next message's id and time; false at the end.</summary>
        public bool TryReadId(out long id)
        {
            if (_at == _bytes.Length)
            {
                id = 0;
                return false;
            }

            ReadHeader();
            id = _id;
            return true;
        }

        /// <summary>The rest of the message whose id was just read.</summary>
        public StoredMessage ReadRest()
        {
            string from, to;
            if (_format == BothNamesFormat)
            {
                from = ReadString();
                to = ReadString();
            }
            else
            {
                var own = (_flags & SpelledFlag) != 0
                    ? ReadString()
                    : _name ??= Encoding.UTF8.GetString(_bytes.Slice(_nameAt, _nameLength));
                var other = ReadString();
                (from, to) = (_flags & ReceivedFlag) != 0 ? (other, own) : (own, other);
            }

            var text = ReadString();
            return new StoredMessage(_id, from, to, DateTimeOffset.FromUnixTimeMilliseconds(_sentAt), text, Delivered: true);
        }

        /// <summary>Passes over the rest of the message whose id was just read.</summary>
        public void SkipRest()
        {
            var texts = _format == BothNamesFormat || (_flags & SpelledFlag) != 0 ? 3 : 2;
            for (var i = 0; i < texts; i++)
            {
                // Not `_at += ReadLength()`: that would take _at before the length prefix is passed over.
                var length = ReadLength();
                _at += length;
            }
        }

        private void ReadHeader()
        {
            var id = ReadVarint();
            if (_format != BothNamesFormat)
            {
                _flags = (int)(id & 3);
                id >>= 2;
            }

            _id += (long)id;
            var zigzag = ReadVarint();
            _sentAt += (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
        }

        private ulong ReadVarint()
        {
            ulong value = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                if (_at >= _bytes.Length)
                {
                    throw new InvalidDataException("History chunk ends inside a number");
                }

                var b = _bytes[_at++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new InvalidDataException("History chunk has a number longer than 64 bits");
        }

        private string ReadString()
        {
            var length = ReadLength();
            var text = Encoding.UTF8.GetString(_bytes.Slice(_at, length));
            _at += length;
            return text;
        }

        /// <summary>A text's length prefix, checked against the bytes left.</summary>
        private int ReadLength()
        {
            var length = ReadVarint();
            if (length > (ulong)(_bytes.Length - _at))
            {
                throw new InvalidDataException("History chunk ends inside a text");
            }

            return (int)length;
        }
    }
}
