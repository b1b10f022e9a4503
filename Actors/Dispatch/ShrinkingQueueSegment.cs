namespace ActorChat.Actors;

/// <summary>
/// A fixed-size ring of a <see cref="ShrinkingConcurrentQueue{T}"/>: producers claim positions with a CAS on the tail,
/// the consumer takes them with a CAS on the head, and the ring is reused lap after lap until it is frozen.
/// </summary>
/// <remarks>
/// Freezing sets a bit in the tail, so a producer that read the old tail fails its CAS and one that reads the new one
/// sees a full ring: no position is claimed until it is thawed, and a frozen segment whose head has caught up with
/// the tail is finished. The queue links a successor only to a frozen segment. Positions only ever grow (a thawed
/// segment goes on from where it stopped, its slots already marked free for the next lap), so a producer still
/// holding a finished segment from before can only claim a position in it once it is back in use, and then rightly.
/// </remarks>
internal sealed class ShrinkingQueueSegment<T>
{
    private const long FrozenBit = 1L << 62;
    private const long PositionMask = FrozenBit - 1;

    private readonly QueueSlot<T>[] _slots;
    private readonly int _mask;
    private ShrinkingQueueSegment<T>? _next;
    private PaddedHeadAndTail _positions;

    /// <summary>An empty ring of <paramref name="capacity"/> slots (a power of two).</summary>
    public ShrinkingQueueSegment(int capacity)
    {
        if (capacity < 1 || (capacity & (capacity - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "must be a power of two");
        _slots = new QueueSlot<T>[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < capacity; i++) _slots[i].Sequence = i;
    }

    public int Capacity => _slots.Length;

    /// <summary>The segment after this one (only ever set once this one is frozen).</summary>
    public ShrinkingQueueSegment<T>? Next => Volatile.Read(ref _next);

    /// <summary>Frozen, and every position claimed before the freeze has been taken: nothing more will come out.</summary>
    public bool IsFinished
    {
        get
        {
            var tail = Volatile.Read(ref _positions.Tail);
            return (tail & FrozenBit) != 0 && Volatile.Read(ref _positions.Head) == (tail & PositionMask);
        }
    }

    /// <summary>True when the item at the head is written and ready to be taken.</summary>
    public bool HasItemAtHead
    {
        get
        {
            var head = Volatile.Read(ref _positions.Head);
            return Volatile.Read(ref _slots[(int)head & _mask].Sequence) == head + 1;
        }
    }

    /// <summary>Adds <paramref name="item"/>; false when the ring is full or frozen.</summary>
    public bool TryEnqueue(in T item)
    {
        var slots = _slots;
        while (true)
        {
            var tail = Volatile.Read(ref _positions.Tail);
            if ((tail & FrozenBit) != 0) return false;
            ref var slot = ref slots[(int)tail & _mask];
            var diff = Volatile.Read(ref slot.Sequence) - tail;
            if (diff == 0)
            {
                if (Interlocked.CompareExchange(ref _positions.Tail, tail + 1, tail) == tail)
                {
                    slot.Item = item;
                    Volatile.Write(ref slot.Sequence, tail + 1);
                    return true;
                }
            }
            else if (diff < 0)
            {
                // The item from one lap ago has not been taken yet.
                return false;
            }
            // Otherwise another producer claimed this position first: try the next one.
        }
    }

    /// <summary>
    /// Takes the item at the head; false when there is none, or when its producer has claimed the position but not
    /// yet written it (that producer's enqueue has not returned, so its caller still acts on it).
    /// </summary>
    public bool TryDequeue(out T item)
    {
        var slots = _slots;
        while (true)
        {
            var head = Volatile.Read(ref _positions.Head);
            ref var slot = ref slots[(int)head & _mask];
            var diff = Volatile.Read(ref slot.Sequence) - (head + 1);
            if (diff == 0)
            {
                if (Interlocked.CompareExchange(ref _positions.Head, head + 1, head) == head)
                {
                    item = slot.Item;
                    // Drop the reference now: a drained ring must not keep messages alive.
                    slot.Item = default!;
                    Volatile.Write(ref slot.Sequence, head + slots.Length);
                    return true;
                }
            }
            else if (diff < 0)
            {
                item = default!;
                return false;
            }
            // Otherwise another consumer (a drain while the mailbox closes) took it first.
        }
    }

    /// <summary>Freezes a full segment so its successor can be linked. Idempotent.</summary>
    public void Freeze() => Interlocked.Or(ref _positions.Tail, FrozenBit);

    /// <summary>Freezes the segment only if it is empty and not frozen yet (the consumer, to swap it for a small one).</summary>
    public bool TryFreezeEmpty()
    {
        var tail = Volatile.Read(ref _positions.Tail);
        if ((tail & FrozenBit) != 0 || Volatile.Read(ref _positions.Head) != tail) return false;
        return Interlocked.CompareExchange(ref _positions.Tail, tail | FrozenBit, tail) == tail;
    }

    /// <summary>Links the segment after this frozen one. Under the queue's resize lock.</summary>
    public void SetNext(ShrinkingQueueSegment<T> next) => Volatile.Write(ref _next, next);

    /// <summary>Makes a finished segment usable again, empty, with no successor. Under the queue's resize lock.</summary>
    public void Thaw()
    {
        Volatile.Write(ref _next, null);
        Interlocked.And(ref _positions.Tail, PositionMask);
    }
}
