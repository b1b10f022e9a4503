using System.Threading.Channels;

namespace ActorChat.Server.Transport;

/// <summary>
/// One connection's unsent output: encoded lines handed over by its actor, drained by its write loop. Counts bytes
/// from hand-over until the flush that sends them completes, and refuses a line that would take the count over the
/// limit, so a slow reader costs the server at most <c>max-outbound-bytes</c> and nobody else waits for it.
/// </summary>
internal sealed class OutboundBuffer
{
    private readonly Channel<ReadOnlyMemory<byte>> _lines = Channel.CreateUnbounded<ReadOnlyMemory<byte>>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly long _limit;
    private long _unsent;
    private volatile bool _overflowed;

    /// <summary>An empty buffer holding at most <paramref name="limit"/> unsent bytes.</summary>
    public OutboundBuffer(long limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _limit = limit;
    }

    /// <summary>Bytes handed over and not yet flushed to the transport.</summary>
    public long UnsentBytes => Interlocked.Read(ref _unsent);

    /// <summary>True once a line was refused for the limit; every later line is refused too.</summary>
    public bool Overflowed => _overflowed;

    /// <summary>
    /// Queues <paramref name="line"/> (shared, never modified afterwards). False when it would exceed the limit
    /// (the connection must then be dropped as a slow consumer) or when the buffer is already completed.
    /// </summary>
    public bool TryEnqueue(ReadOnlyMemory<byte> line)
    {
        if (_overflowed) return false;
        if (Interlocked.Add(ref _unsent, line.Length) > _limit)
        {
            _overflowed = true;
            return false;
        }
        if (_lines.Writer.TryWrite(line)) return true;
        Interlocked.Add(ref _unsent, -line.Length);
        return false;
    }

    /// <summary>No more lines: the write loop sends what is queued, then ends.</summary>
    public void Complete() => _lines.Writer.TryComplete();

    /// <summary>Waits until a line is queued (true) or the buffer is completed and drained (false).</summary>
    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default) =>
        _lines.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Takes the next queued line, if any. Write loop only.</summary>
    public bool TryRead(out ReadOnlyMemory<byte> line) => _lines.Reader.TryRead(out line);

    /// <summary>Records that a flush of <paramref name="bytes"/> taken with <see cref="TryRead"/> completed.</summary>
    public void Sent(long bytes) => Interlocked.Add(ref _unsent, -bytes);
}
