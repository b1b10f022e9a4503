using System.Buffers;
using System.IO.Pipelines;
using System.Text.Unicode;

namespace ActorChat.Protocol;

/// <summary>
/// Splits a <see cref="PipeReader"/> into protocol lines: LF-terminated, a CR right before the LF dropped, at most
/// <see cref="MaxLineBytes"/> bytes (without the LF and that CR), valid UTF-8.
/// </summary>
/// <remarks>
/// <para>
/// Lines are handed out as memory of the pipe itself when a line lies in one buffer segment; a line split across
/// segments is copied once into a pooled buffer of the reader. Nothing else is allocated per line, nor per wait for
/// the stream (the reader is its own awaitable), and a line that is already buffered is returned synchronously, so a
/// read loop can take every buffered line with <see cref="TryReadLine"/> and flush its answers once before it awaits
/// <see cref="ReadLineAsync"/> again.
/// </para>
/// <para>
/// An over-long line is reported once (<see cref="LineStatus.TooLong"/>) as soon as <see cref="MaxLineBytes"/> is
/// passed, and its remaining bytes are consumed as they arrive until its LF, so memory stays bounded by what one read
/// of the pipe delivers plus <see cref="MaxLineBytes"/>, however long the line is.
/// </para>
/// <para>
/// At the end of the stream an unterminated last line is returned like any other (a trailing CR dropped too);
/// then <see cref="LineStatus.Completed"/>. The reader never completes the <see cref="PipeReader"/>: its owner does.
/// One reader serves one read loop; it is not thread-safe.
/// </para>
/// <para>
/// A client reading a server needs a larger limit than the server's <c>max-line-bytes</c>: a <c>LIST</c> of 10,000
/// names of up to 32 characters is about 330 KB.
/// </para>
/// </remarks>
public sealed partial class LineReader : IDisposable
{
    private static readonly LineReadResult TooLong = new(LineStatus.TooLong);
    private static readonly LineReadResult BadEncoding = new(LineStatus.BadEncoding);
    private static readonly LineReadResult Blank = new(LineStatus.Blank);
    private static readonly LineReadResult Canceled = new(LineStatus.Canceled);
    private static readonly LineReadResult Completed = new(LineStatus.Completed);

    private readonly PipeReader _reader;
    private readonly int _maxLineBytes;
    private ReadOnlySequence<byte> _buffer;
    private bool _holding;
    private bool _readerCompleted;
    private bool _finished;
    private bool _discarding;
    private byte[]? _scratch;

    /// <summary>Creates a reader of lines over <paramref name="reader"/>.</summary>
    /// <param name="reader">The byte stream; the caller keeps ownership and completes it.</param>
    /// <param name="maxLineBytes">The longest line accepted, without its LF (the spec's <c>max-line-bytes</c>).</param>
    public LineReader(PipeReader reader, int maxLineBytes = ProtocolConstants.DefaultMaxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        _reader = reader;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The longest line accepted, in bytes, without its LF and a CR before it.</summary>
    public int MaxLineBytes => _maxLineBytes;

    /// <summary>
    /// Returns the next result if it can be had without waiting for the stream: a line (or other status) that is
    /// already buffered. The previous result's <see cref="LineReadResult.Line"/> is no longer valid afterwards.
    /// </summary>
    /// <param name="result">The next result, when the return value is true.</param>
    /// <returns>False when more bytes must be read first: call <see cref="ReadLineAsync"/>.</returns>
    public bool TryReadLine(out LineReadResult result)
    {
        ReleaseScratch();
        if (_finished)
        {
            result = Completed;
            return true;
        }

        if (!_holding)
        {
            result = default;
            return false;
        }

        return TryFrame(out result);
    }

    /// <summary>
    /// Reads the next result, waiting for the stream when nothing is buffered. The previous result's
    /// <see cref="LineReadResult.Line"/> is no longer valid afterwards.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait for more bytes (an <see cref="OperationCanceledException"/>).</param>
    public ValueTask<LineReadResult> ReadLineAsync(CancellationToken cancellationToken = default)
    {
        return TryReadLine(out LineReadResult result)
            ? new ValueTask<LineReadResult>(result)
            : ReadMoreAsync(cancellationToken);
    }

    /// <summary>Returns the reader's pooled buffer. The <see cref="PipeReader"/> is left to its owner.</summary>
    public void Dispose() => ReleaseScratch();

    private bool TryFrame(out LineReadResult result)
    {
        if (_discarding)
        {
            SequencePosition? discardEnd = _buffer.PositionOf((byte)'\n');
            if (discardEnd is null)
            {
                _buffer = _buffer.Slice(_buffer.End);
                return TryFinish(out result);
            }

            _buffer = _buffer.Slice(_buffer.GetPosition(1, discardEnd.Value));
            _discarding = false;
        }

        ReadOnlySequence<byte> line;
        SequencePosition? end = _buffer.PositionOf((byte)'\n');
        if (end is null)
        {
            long length = _buffer.Length;
            // One byte more than the limit may still be the CR of a CRLF that fits.
            if (length > _maxLineBytes && !(length == _maxLineBytes + 1L && LastByte(_buffer) == '\r'))
            {
                _buffer = _buffer.Slice(_buffer.End);
                _discarding = !_readerCompleted;
                result = TooLong;
                return true;
            }

            if (!_readerCompleted || length == 0)
            {
                return TryFinish(out result);
            }

            line = _buffer;
            _buffer = _buffer.Slice(_buffer.End);
        }
        else
        {
            line = _buffer.Slice(0, end.Value);
            _buffer = _buffer.Slice(_buffer.GetPosition(1, end.Value));
        }

        if (!line.IsEmpty && LastByte(line) == '\r')
        {
            line = line.Slice(0, line.Length - 1);
        }

        result = Produce(line);
        return true;
    }

    private LineReadResult Produce(in ReadOnlySequence<byte> line)
    {
        if (line.Length > _maxLineBytes)
        {
            return TooLong;
        }

        if (line.IsEmpty)
        {
            return Blank;
        }

        ReadOnlyMemory<byte> memory;
        if (line.IsSingleSegment)
        {
            memory = line.First;
        }
        else
        {
            int length = (int)line.Length;
            _scratch = ArrayPool<byte>.Shared.Rent(length);
            line.CopyTo(_scratch);
            memory = _scratch.AsMemory(0, length);
        }

        return Utf8.IsValid(memory.Span) ? new LineReadResult(LineStatus.Line, memory) : BadEncoding;
    }

    private bool TryFinish(out LineReadResult result)
    {
        if (_readerCompleted && _buffer.IsEmpty)
        {
            _holding = false;
            _finished = true;
            _reader.AdvanceTo(_buffer.End);
            result = Completed;
            return true;
        }

        result = default;
        return false;
    }

    private void ReleaseScratch()
    {
        if (_scratch is not null)
        {
            ArrayPool<byte>.Shared.Return(_scratch);
            _scratch = null;
        }
    }

    private static byte LastByte(in ReadOnlySequence<byte> sequence)
    {
        return sequence.IsSingleSegment
            ? sequence.FirstSpan[^1]
            : sequence.Slice(sequence.Length - 1).FirstSpan[0];
    }
}
