namespace ActorChat.Protocol;

/// <summary>One step of <see cref="LineReader"/>: a status and, for <see cref="LineStatus.Line"/>, the line's bytes.</summary>
public readonly struct LineReadResult
{
    internal LineReadResult(LineStatus status, ReadOnlyMemory<byte> line = default)
    {
        Status = status;
        Line = line;
    }

    /// <summary>What was read.</summary>
    public LineStatus Status { get; }

    /// <summary>
    /// The line, without its LF and without a CR right before the LF, as valid UTF-8; empty unless
    /// <see cref="Status"/> is <see cref="LineStatus.Line"/>. The memory belongs to the reader and is valid only until
    /// the next call of <see cref="LineReader.ReadLineAsync"/> or <see cref="LineReader.TryReadLine"/>: parse it (or
    /// copy what must be kept) before reading on.
    /// </summary>
    public ReadOnlyMemory<byte> Line { get; }

    /// <inheritdoc />
    public override string ToString() => Status == LineStatus.Line ? $"Line({Line.Length} bytes)" : Status.ToString();
}
