using System.Runtime.CompilerServices;

namespace ActorChat.Actors;

/// <summary>
/// A multi-producer, single-consumer FIFO queue of linked rings that starts small, doubles under load and goes back
/// to its small ring once drained, so an idle owner holds a few hundred bytes whatever its past bursts were.
/// </summary>
/// <remarks>
/// <para><c>ConcurrentQueue</c> keeps its largest segment for life: after one burst of thousands of messages an
/// actor holds tens of kilobytes it will never use again. Here, when the consumer finds the queue empty in a ring
/// larger than <see cref="InitialCapacity"/>, it freezes that ring and goes back to the small one. The big ring is
/// kept only through a weak reference: the next burst reuses it if no garbage collection has taken it meanwhile, so a
/// busy actor allocates nothing per message (nor per burst), and an idle one gives it up at the next collection.</para>
/// <para>Enqueue and dequeue are lock-free (a CAS on the ring's tail or head); a lock is taken only to link a ring
/// when one fills up or is swapped for the small one. An item whose producer has claimed a position but not finished
/// writing it is not yet visible, and neither is anything after it: <see cref="TryDequeue"/> returns false meanwhile,
/// so a caller that stops on false relies on that producer acting after its <see cref="Enqueue"/> returns (the
/// mailbox's schedule check does). Concurrent <see cref="TryDequeue"/> calls are safe (the mailbox drains from other
/// threads while it closes) but not expected.</para>
/// </remarks>
internal sealed class ShrinkingConcurrentQueue<T>
{
    /// <summary>Slots in a new queue's ring, and in the ring it goes back to once drained.</summary>
    public const int InitialCapacity = 16;

    /// <summary>The largest ring: beyond it a full ring is followed by another of the same size.</summary>
    public const int MaxCapacity = 1 << 20;

    private readonly Lock _resize = new();
    private ShrinkingQueueSegment<T> _head;
    private ShrinkingQueueSegment<T> _tail;
    // Guarded by _resize. The ring the queue starts with and goes back to; the last big ring, weakly held.
    private ShrinkingQueueSegment<T> _small;
    private WeakReference<ShrinkingQueueSegment<T>?>? _spare;

    public ShrinkingConcurrentQueue()
    {
        _head = _tail = _small = new ShrinkingQueueSegment<T>(InitialCapacity);
    }

    /// <summary>True when <see cref="TryDequeue"/> would find nothing. Safe to call from any thread.</summary>
    public bool IsEmpty
    {
        get
        {
            var segment = Volatile.Read(ref _head);
            while (true)
            {
                if (segment.HasItemAtHead) return false;
                if (segment.Next is not { } next || !segment.IsFinished) return true;
                segment = next;
            }
        }
    }

    /// <summary>Slots in the ring the consumer is reading (for tests).</summary>
    internal int HeadCapacity => Volatile.Read(ref _head).Capacity;

    /// <summary>Adds <paramref name="item"/> at the tail. Any number of threads.</summary>
    public void Enqueue(in T item)
    {
        if (!Volatile.Read(ref _tail).TryEnqueue(item)) EnqueueSlow(item);
    }

    /// <summary>Takes the item at the head; false when there is none ready.</summary>
    public bool TryDequeue(out T item)
    {
        var head = Volatile.Read(ref _head);
        while (true)
        {
            if (head.TryDequeue(out item)) return true;
            if (head.Next is not { } next)
            {
                if (head.Capacity > InitialCapacity) Shrink(head);
                return false;
            }
            // A position claimed before the freeze is still being written: it comes before anything in the next ring.
            if (!head.IsFinished) return false;
            var seen = Interlocked.CompareExchange(ref _head, next, head);
            head = seen == head ? next : seen;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EnqueueSlow(in T item)
    {
        lock (_resize)
        {
            while (true)
            {
                // Under the lock the tail has no successor: every link moves the tail in the same locked step.
                var tail = _tail;
                if (tail.TryEnqueue(item)) return;
                tail.Freeze();
                var next = tail == _small && TakeSpare() is { } spare
                    ? spare
                    : new ShrinkingQueueSegment<T>(Math.Min(tail.Capacity * 2, MaxCapacity));
                tail.SetNext(next);
                Volatile.Write(ref _tail, next);
            }
        }
    }

    private void Shrink(ShrinkingQueueSegment<T> drained)
    {
        lock (_resize)
        {
            if (_tail != drained || !drained.TryFreezeEmpty()) return;
            // The consumer left the small ring behind to get here, so it is finished and can be thawed.
            var small = _small;
            small.Thaw();
            drained.SetNext(small);
            Volatile.Write(ref _tail, small);
            Interlocked.CompareExchange(ref _head, small, drained);
            if (_spare is null) _spare = new WeakReference<ShrinkingQueueSegment<T>?>(drained);
            else _spare.SetTarget(drained);
        }
    }

    private ShrinkingQueueSegment<T>? TakeSpare()
    {
        if (_spare is null || !_spare.TryGetTarget(out var spare) || spare is null) return null;
        _spare.SetTarget(null);
        spare.Thaw();
        return spare;
    }
}
