namespace ActorChat.Actors;

/// <summary>
/// A mailbox's user messages: a FIFO ring of envelopes under a lock, many producers and one consumer (the actor's
/// turn). Holds no array until the first message, and lets a grown ring go once it has drained, so an idle actor
/// costs a few hundred bytes here where a <c>ConcurrentQueue</c> keeps its segment (about 3 KB) for good.
/// </summary>
/// <remarks>The lock is held for a few instructions per message and is contended only by producers racing for the same
/// actor; <see cref="IsEmpty"/> reads without it (see <see cref="Mailbox"/> for the fences that make that safe).</remarks>
internal sealed class EnvelopeQueue
{
    // A drained ring up to this size is kept, so an actor that gets a message now and then does not allocate each time.
    internal const int KeepCapacity = 8;

    private readonly Lock _lock = new();
    private Envelope[] _ring = [];
    private int _head;
    private int _count;

    /// <summary>True when no message is queued (a racy read: callers fence around it).</summary>
    public bool IsEmpty => Volatile.Read(ref _count) == 0;

    /// <summary>The length of the ring now held (for tests).</summary>
    internal int Capacity => _ring.Length;

    /// <summary>Appends <paramref name="envelope"/>.</summary>
    public void Enqueue(in Envelope envelope)
    {
        lock (_lock)
        {
            if (_count == _ring.Length) Grow();
            var tail = _head + _count;
            if (tail >= _ring.Length) tail -= _ring.Length;
            _ring[tail] = envelope;
            Volatile.Write(ref _count, _count + 1);
        }
    }

    /// <summary>Takes the oldest message, if any.</summary>
    public bool TryDequeue(out Envelope envelope)
    {
        lock (_lock)
        {
            if (_count == 0)
            {
                envelope = default;
                return false;
            }
            envelope = _ring[_head];
            _ring[_head] = default;
            if (++_head == _ring.Length) _head = 0;
            Volatile.Write(ref _count, _count - 1);
            if (_count == 0)
            {
                _head = 0;
                if (_ring.Length > KeepCapacity) _ring = [];
            }
            return true;
        }
    }

    private void Grow()
    {
        var bigger = new Envelope[Math.Max(4, _ring.Length * 2)];
        for (var i = 0; i < _count; i++)
        {
            var from = _head + i;
            if (from >= _ring.Length) from -= _ring.Length;
            bigger[i] = _ring[from];
        }
        _ring = bigger;
        _head = 0;
    }
}
