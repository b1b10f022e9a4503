using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Threading.Tasks.Sources;

namespace ActorChat.Server.Transport;

/// <summary>
/// One connection's unsent output: encoded lines handed over by its actor, drained by its write loop. Counts bytes
/// from hand-over until the flush that sends them completes, and refuses a line that would take the count over the
/// limit, so a slow reader costs the server at most <c>max-outbound-bytes</c> and nobody else waits for it.
/// </summary>
/// <remarks>
/// A small ring of line references under a lock, with one reusable awaitable for the single reader. The ring is
/// rented from the buffers' pool when a line comes and given back when the write loop has drained it and goes to wait
/// (or a burst grew it past <see cref="KeepCapacity"/>): an idle connection holds no queue storage at all (a
/// <c>Channel</c> would hold about 1.6 KB, and a ring kept after the last burst 0.3 to 1 KB), while a busy one
/// reuses pooled rings instead of allocating.
/// </remarks>
internal sealed class OutboundBuffer : IValueTaskSource<bool>
{
    private const int KeepCapacity = 64;

    // Free rings kept of each size (16, 32 and 64 slots): at most about 1.9 MB, and what a thousand busy connections
    // take at once. ArrayPool.Shared keeps about 32 of a size per core, so under load most rings were new arrays.
    private const int FreeRingsPerSize = 1024;

    private static ArrayPool<ReadOnlyMemory<byte>> _rings = NewRingPool();

    private readonly long _limit;
    private readonly FlushQueue _flushes;
    private long _unsent;
    private volatile bool _overflowed;

    private readonly Lock _lock = new();

    // Guarded by _lock.
    private ReadOnlyMemory<byte>[] _ring = [];
    private int _head;
    private int _count;
    private bool _completed;
    private bool _readerWaiting;
    private ManualResetValueTaskSourceCore<bool> _signal;
    // Lines WriteTo took since RunWriter began; only a count for the flush queue's rule, so not guarded.
    private int _linesTakenHere;

    /// <summary>An empty buffer holding at most <paramref name="limit"/> unsent bytes, whose write loop runs where
    /// <paramref name="flushes"/> decides.</summary>
    public OutboundBuffer(long limit, FlushQueue flushes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _limit = limit;
        _flushes = flushes;
    }

    /// <summary>Bytes handed over and not yet flushed to the transport.</summary>
    public long UnsentBytes => Interlocked.Read(ref _unsent);

    /// <summary>True once a line was refused for the limit; every later line is refused too.</summary>
    public bool Overflowed => _overflowed;

    /// <summary>Slots in the ring held now; 0 when the buffer holds none (for tests).</summary>
    internal int RingCapacity
    {
        get
        {
            lock (_lock) return _ring.Length;
        }
    }

    /// <summary>
    /// Queues <paramref name="line"/> (shared, never modified afterwards). False when it would exceed the limit
    /// (the connection must then be dropped as a slow consumer) or when the buffer is already completed.
    /// </summary>
    /// <param name="line">The encoded line.</param>
    /// <param name="batch">
    /// False (a direct message, an answer): on a quiet server, when the line comes from a read loop's thread, a
    /// waiting writer writes, flushes and sends it on that thread once the actors' turns there are over, with no
    /// hand-off to the pool (<see cref="FlushQueue.Caller"/>); otherwise it is queued on the <see cref="FlushQueue"/>.
    /// True (one of a stream told to many connections at once, such as a broadcast): it is always queued, so the lines
    /// that reach this connection meanwhile go out in one flush and one send.
    /// </param>
    public bool TryEnqueue(ReadOnlyMemory<byte> line, bool batch = false)
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
            _ring[(_head + _count) & (_ring.Length - 1)] = line;
            _count++;
            wake = _readerWaiting;
            _readerWaiting = false;
        }
        if (wake)
        {
            if (batch || !_flushes.TryRunOnCaller(this)) _flushes.Schedule(this);
        }

        return true;
    }

    /// <summary>Lets go of every free ring, for a collection to take (the quiet compaction's).</summary>
    public static void ReleaseFreeRings() => Volatile.Write(ref _rings, NewRingPool());

    /// <summary>
    /// Runs the waiting write loop on this thread (it was told of a line and has not run since); returns how many lines
    /// it took while it ran here.
    /// </summary>
    internal int RunWriter()
    {
        _linesTakenHere = 0;
        _signal.RunContinuationsAsynchronously = false;
        _signal.SetResult(true);
        return _linesTakenHere;
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
        // A waiting reader had found the ring empty, and nothing was queued since (that would have woken it). It ends
        // and its connection closes on the pool, never inside the caller (an actor stopping).
        if (wake)
        {
            _signal.RunContinuationsAsynchronously = true;
            _signal.SetResult(false);
        }
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
            // Drained, and the write loop is going to wait or to end: the next line rents a ring again.
            ReleaseRing();
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
        // Lines are copied into the span the output has free and advanced over once it is full or the batch ends:
        // two interface calls per span rather than per line.
        var free = Span<byte>.Empty;
        var filled = 0;
        lock (_lock)
        {
            var mask = _ring.Length - 1;
            while (_count > 0 && written < maxBytes)
            {
                var line = _ring[_head].Span;
                if (line.Length > free.Length - filled)
                {
                    if (filled > 0) output.Advance(filled);
                    free = output.GetSpan(line.Length);
                    filled = 0;
                }
                line.CopyTo(free[filled..]);
                filled += line.Length;
                _ring[_head] = default;
                _head = (_head + 1) & mask;
                _count--;
                _linesTakenHere++;
                written += line.Length;
            }
            if (_count == 0)
            {
                _head = 0;
                if (_ring.Length > KeepCapacity) ReleaseRing();
            }
        }
        if (filled > 0) output.Advance(filled);
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
        // A power of two, so that a slot is found with a mask: the pool's sizes are 16, 32 and 64, and a ring past
        // them (rented new, of the length asked) doubles one of them.
        var rings = Volatile.Read(ref _rings);
        var bigger = rings.Rent(Math.Max(16, _ring.Length * 2));
        Debug.Assert(BitOperations.IsPow2(bigger.Length));
        for (var i = 0; i < _count; i++) bigger[i] = _ring[(_head + i) & (_ring.Length - 1)];
        if (_ring.Length > 0) rings.Return(_ring, clearArray: true);
        _ring = bigger;
        _head = 0;
    }

    // Rings longer than KeepCapacity are not kept: a buffer lets go of one as soon as it drains.
    private static ArrayPool<ReadOnlyMemory<byte>> NewRingPool() =>
        ArrayPool<ReadOnlyMemory<byte>>.Create(KeepCapacity, FreeRingsPerSize);

    // Caller holds _lock and the ring is empty: every slot was cleared as its line was taken.
    private void ReleaseRing()
    {
        if (_ring.Length == 0) return;
        Volatile.Read(ref _rings).Return(_ring);
        _ring = [];
        _head = 0;
    }
}
