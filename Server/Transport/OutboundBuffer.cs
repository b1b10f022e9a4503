using System.Buffers;
using System.Threading.Tasks.Sources;

namespace ActorChat.Server.Transport;

/// <summary>
/// One connection's unsent output: encoded lines handed over by its actor, drained by its write loop. Counts bytes
/// from hand-over until the flush that sends them completes, and refuses a line that would take the count over the
/// limit, so a slow reader costs the server at most <c>max-outbound-bytes</c> and nobody else waits for it.
/// </summary>
/// <remarks>
/// A small ring of line references under a lock, with one reusable awaitable for the single reader: an idle
/// connection holds no queue storage at all (a <c>Channel</c> would hold about 1.6 KB), and the ring is dropped
/// again after a burst, when it has drained.
/// </remarks>
internal sealed class OutboundBuffer : IValueTaskSource<bool>
{
    private const int KeepCapacity = 64;

    private readonly long _limit;
    private long _unsent;
    private volatile bool _overflowed;

    private readonly Lock _lock = new();

    // Guarded by _lock.
    private ReadOnlyMemory<byte>[] _ring = [];
    private int _head;
    private int _count;
    private bool _completed;
    private bool _readerWaiting;
    private ManualResetValueTaskSourceCore<bool> _signal = new() { RunContinuationsAsynchronously = true };

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
        bool wake;
        lock (_lock)
        {
            if (_completed)
            {
                Interlocked.Add(ref _unsent, -line.Length);
                return false;
            }
            if (_count == _ring.Length) Grow();
            _ring[(_head + _count) % _ring.Length] = line;
            _count++;
            wake = _readerWaiting;
            _readerWaiting = false;
        }
        if (wake) _signal.SetResult(true);
        return true;
    }

    /// <summary>No more lines: the write loop sends what is queued, then ends.</summary>
    public void Complete()
    {
        bool wake;
        lock (_lock)
        {
            if (_completed) return;
            _completed = true;
            wake = _readerWaiting;
            _readerWaiting = false;
        }
        // A waiting reader had found the ring empty, and nothing was queued since (that would have woken it).
        if (wake) _signal.SetResult(false);
    }

    /// <summary>
    /// Waits until a line is queued (true) or the buffer is completed and drained (false). One reader; the previous
    /// result must have been awaited before the next call.
    /// </summary>
    public ValueTask<bool> WaitToReadAsync()
    {
        lock (_lock)
        {
            if (_count > 0) return new ValueTask<bool>(true);
            if (_completed) return new ValueTask<bool>(false);
            _signal.Reset();
            _readerWaiting = true;
            return new ValueTask<bool>(this, _signal.Version);
        }
    }

    /// <summary>
    /// Copies queued lines, oldest first, into <paramref name="output"/> until the queue is empty or at least
    /// <paramref name="maxBytes"/> are copied, under one lock for the whole batch rather than one per line.
    /// Returns the bytes copied (report them with <see cref="Sent"/> once flushed). Write loop only.
    /// </summary>
    public long WriteTo(IBufferWriter<byte> output, long maxBytes)
    {
        long written = 0;
        lock (_lock)
        {
            while (_count > 0 && written < maxBytes)
            {
                var line = _ring[_head];
                _ring[_head] = default;
                _head = (_head + 1) % _ring.Length;
                _count--;
                output.Write(line.Span);
                written += line.Length;
            }
            if (_count == 0)
            {
                _head = 0;
                if (_ring.Length > KeepCapacity) _ring = [];
            }
        }
        return written;
    }

    /// <summary>Records that a flush of <paramref name="bytes"/> taken with <see cref="WriteTo"/> completed.</summary>
    public void Sent(long bytes) => Interlocked.Add(ref _unsent, -bytes);

    bool IValueTaskSource<bool>.GetResult(short token) => _signal.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => _signal.GetStatus(token);

    void IValueTaskSource<bool>.OnCompleted(
        Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _signal.OnCompleted(continuation, state, token, flags);

    private void Grow()
    {
        var bigger = new ReadOnlyMemory<byte>[Math.Max(4, _ring.Length * 2)];
        for (var i = 0; i < _count; i++) bigger[i] = _ring[(_head + i) % _ring.Length];
        _ring = bigger;
        _head = 0;
    }
}
