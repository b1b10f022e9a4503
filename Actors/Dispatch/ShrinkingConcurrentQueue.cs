using System.Runtime.CompilerServices;

namespace ActorChat.Actors;

/// <summary>
/// A multi-producer, single-consumer FIFO queue of linked rings that starts small, doubles under load and goes back
/// to its small ring once drained, so that once its spare ring is released an idle owner holds a few hundred bytes
/// whatever its past bursts were.
/// </summary>
/// <remarks>
/// <para><c>ConcurrentQueue</c> keeps its largest segment for life: after one burst of thousands of messages an
/// actor holds tens of kilobytes it will never use again. Here, when the consumer finds the queue empty in a ring
/// larger than <see cref="InitialCapacity"/>, it freezes that ring and goes back to the small one. The big ring is
/// kept as a spare that the next burst reuses, so a busy actor allocates nothing per message (nor per burst), until
/// <see cref="ReleaseSpareRings"/> drops the spares of every queue (the chat server does when it has gone quiet, just
/// before it compacts the heap). A weakly held spare was tried: every full collection took it, and the rings a flooded
/// actor regrew (large-object-heap sized) brought the next one, so a flood allocated 2 to 8 bytes per message.</para>
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
    /// <remarks>Small because every idle actor holds this ring: 4 slots rather than 16 saved a chat connection 288
    /// bytes, and a burst doubles it as it fills.</remarks>
    public const int InitialCapacity = 4;

    /// <summary>The largest ring: beyond it a full ring is followed by another of the same size.</summary>
    public const int MaxCapacity = 1 << 20;

    // Every queue that has kept a spare since the last ReleaseSpareRings, weakly: what that walks. Dead entries are
    // pruned as it grows.
    private static readonly List<WeakReference<ShrinkingConcurrentQueue<T>>> Holders = [];
    private static readonly Lock HoldersLock = new();
    private static int _holdersAfterPrune;

    private ShrinkingQueueSegment<T> _head;
    private ShrinkingQueueSegment<T> _tail;
    // The ring the queue starts with and goes back to. Then, guarded by lock (this) (no lock object: one per actor): the
    // last big ring, for the next burst.
    private readonly ShrinkingQueueSegment<T> _small;
    private ShrinkingQueueSegment<T>? _spare;
    private bool _registered;

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

    /// <summary>True while the queue keeps a big ring for its next burst (for tests).</summary>
    internal bool HasSpare
    {
        get
        {
            lock (this) return _spare is not null;
        }
    }

    /// <summary>Slots in the ring the consumer is reading (for tests).</summary>
    internal int HeadCapacity => Volatile.Read(ref _head).Capacity;

    /// <summary>
    /// Drops the big ring every drained queue of this item type keeps for its next burst, so that the next garbage
    /// collection can take them. Any thread; queues go on working meanwhile.
    /// </summary>
    public static void ReleaseSpareRings()
    {
        lock (HoldersLock)
        {
            foreach (var holder in Holders)
            {
                if (!holder.TryGetTarget(out var queue)) continue;
                lock (queue)
                {
                    queue._spare = null;
                    // Registered again when it next keeps a spare: an idle queue holds no weak reference.
                    queue._registered = false;
                }
            }
            Holders.Clear();
            _holdersAfterPrune = 0;
        }
    }

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
        lock (this)
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
        bool register;
        lock (this)
        {
            if (_tail != drained || !drained.TryFreezeEmpty()) return;
            _spare = drained;
            register = !_registered;
            _registered = true;
            // The consumer left the small ring behind to get here, so it is finished and can be thawed.
            var small = _small;
            small.Thaw();
            drained.SetNext(small);
            Volatile.Write(ref _tail, small);
            Interlocked.CompareExchange(ref _head, small, drained);
        }
        // Outside the queue's lock: ReleaseSpareRings takes the two locks the other way round.
        if (register) Register(this);
    }

    private static void Register(ShrinkingConcurrentQueue<T> queue)
    {
        lock (HoldersLock)
        {
            Holders.Add(new WeakReference<ShrinkingConcurrentQueue<T>>(queue));
            // Connections come and go: without this the list would keep an entry per queue that ever shrank.
            if (Holders.Count < 2 * Math.Max(1024, _holdersAfterPrune)) return;
            Holders.RemoveAll(holder => !holder.TryGetTarget(out _));
            _holdersAfterPrune = Holders.Count;
        }
    }

    // Under lock (this).
    private ShrinkingQueueSegment<T>? TakeSpare()
    {
        var spare = _spare;
        if (spare is null) return null;
        _spare = null;
        spare.Thaw();
        return spare;
    }
}
