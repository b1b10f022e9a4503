using System.Text;

namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// The encoding of a history chunk's messages: a format byte, then per message, in id order, the id and the time
/// as differences from the previous message's (varints, the time zigzagged), then sender, recipient and text as
/// length-prefixed UTF-8. Self-contained: decoding needs nothing but the bytes.
/// </summary>
internal static class HistoryPayload
{
    public const byte Format = 1;

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
        private int _at;
        private long _id;
        private long _sentAt;

        public Reader(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty || bytes[0] != Format)
            {
                throw new InvalidDataException($"History chunk of unknown format {(bytes.IsEmpty ? "(empty)" : bytes[0])}");
            }

            _bytes = bytes;
            _at = 1;
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
            var from = ReadString();
            var to = ReadString();
            var text = ReadString();
            return new StoredMessage(_id, from, to, DateTimeOffset.FromUnixTimeMilliseconds(_sentAt), text, Delivered: true);
        }

        /// <summary>Passes over the rest of the message whose id was just read.</summary>
        public void SkipRest()
        {
            for (var i = 0; i < 3; i++)
            {
                // Not `_at += ReadLength()`: that would take _at before the length prefix is passed over.
                var length = ReadLength();
                _at += length;
            }
        }

        private void ReadHeader()
        {
            _id += (long)ReadVarint();
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
