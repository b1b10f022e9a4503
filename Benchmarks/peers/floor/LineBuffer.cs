namespace ActorChat.Floor;

/// <summary>A connection's unread bytes: reads go in at the end, whole lines come out at the front.</summary>
internal sealed class LineBuffer
{
    private readonly byte[] _bytes = new byte[16 * 1024];
    private int _length;

    /// <summary>Where the next read goes; empty when a line longer than the buffer fills it (the caller closes).</summary>
    public Memory<byte> Free => _bytes.AsMemory(_length);

    /// <summary>Takes <paramref name="count"/> bytes just read into <see cref="Free"/> and hands every whole line to
    /// <paramref name="relay"/>, CR before LF stripped.</summary>
    public void Received(int count, Relay relay, IFloorConnection from)
    {
        _length += count;
        var start = 0;
        while (true)
        {
            var lf = _bytes.AsSpan(start, _length - start).IndexOf((byte)'\n');
            if (lf < 0) break;
            var line = _bytes.AsSpan(start, lf);
            if (!line.IsEmpty && line[^1] == (byte)'\r') line = line[..^1];
            relay.Handle(from, line);
            start += lf + 1;
        }
        _bytes.AsSpan(start, _length - start).CopyTo(_bytes);
        _length -= start;
    }
}
