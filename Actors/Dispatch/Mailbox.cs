namespace ActorChat.Actors;

/// <summary>
/// An actor's two queues (system messages first, then user messages) and its turn on the thread pool.
/// Lock-free: producers enqueue and flip <see cref="_scheduled"/> with one CAS; the one running turn processes
/// up to <see cref="_throughput"/> user messages, so an actor handles one message at a time, in arrival order.
/// </summary>
/// <remarks>
/// System messages are rare (create, watch, terminate, suspend/resume), so they go on a latest-first linked list that
/// the turn takes whole and reverses (as Akka.NET's mailbox does): an empty one is a null reference, where a
/// <c>ConcurrentQueue</c> allocates about 2.8 KB for every actor, idle or not.
/// </remarks>
internal sealed class Mailbox : IThreadPoolWorkItem
{
    private readonly ShrinkingConcurrentQueue<Envelope> _user = new();
    // Latest first; null when empty. Producers push with a CAS, the running turn (or Close) takes the whole list.
    private SystemNode? _system;
    private readonly ActorCell _cell;
    private readonly int _throughput;
    private int _scheduled;
    private int _closed;

    public Mailbox(ActorCell cell, int throughput)
    {
        _cell = cell;
        _throughput = throughput;
    }

    public void Post(in Envelope envelope)
    {
        if (TryRunHere(envelope) || !Enqueue(envelope)) return;
        if (Volatile.Read(ref _scheduled) == 0 && !_cell.IsSuspended)
        {
            if (CallingThreadDispatch.TryBeginTurn()) RunHere();
            else TrySchedule(preferLocal: true);
        }
    }

    /// <summary>Queues a user message; false when the mailbox is closed (the message then went to dead letters).</summary>
    private bool Enqueue(in Envelope envelope)
    {
        _user.Enqueue(envelope);
        // Pairs with the fence in Execute's tail: either we see the turn ending, or the turn sees our message. A close
        // that drained the queue before this enqueue leaves the message to us.
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _closed) == 0) return true;
        DrainUserMessages();
        return false;
    }

    /// <summary>
    /// Runs a turn on the calling thread that starts with <paramref name="envelope"/> itself, when the actor is idle
    /// with nothing waiting and <see cref="CallingThreadDispatch"/> allows it; false: post it the usual way.
    /// </summary>
    /// <remarks>
    /// With nothing queued, the message would be the first out of the queue anyway; handing it over directly saves
    /// the enqueue, the fence and the dequeue, which are most of what a hop between idle actors costs on the server's
    /// path (docs/benchmarks.md). Whoever fails to claim the turn meanwhile leaves what it posted to this turn, so once
    /// claimed the turn always runs: if something came first after all, the message queues behind it.
    /// </remarks>
    private bool TryRunHere(in Envelope envelope)
    {
        if (Volatile.Read(ref _scheduled) != 0 || Volatile.Read(ref _closed) != 0 || _cell.IsSuspended
            || !CallingThreadDispatch.TryBeginTurn()) return false;
        try
        {
            if (Interlocked.CompareExchange(ref _scheduled, 1, 0) != 0) return false;
            if (Volatile.Read(ref _system) is null && !_cell.IsSuspended && _user.IsEmpty)
            {
                Execute(envelope);
                return true;
            }
            Enqueue(envelope);
            Execute();
            return true;
        }
        finally
        {
            CallingThreadDispatch.EndTurn();
        }
    }

    /// <summary>Runs a turn on the calling thread if no turn is scheduled (<see cref="CallingThreadDispatch"/>).</summary>
    private void RunHere()
    {
        try
        {
            if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0) Execute();
        }
        finally
        {
            CallingThreadDispatch.EndTurn();
        }
    }

    public void PostSystem(ISystemMessage message)
    {
        var node = new SystemNode(message);
        SystemNode? head;
        do
        {
            head = Volatile.Read(ref _system);
            node.Next = head;
        }
        while (Interlocked.CompareExchange(ref _system, node, head) != head);
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _closed) != 0)
            DrainSystemMessages();
        else
            TrySchedule(preferLocal: true);
    }

    /// <summary>No turn is scheduled or running, and nothing waits (for tests).</summary>
    internal bool IsIdle => Volatile.Read(ref _scheduled) == 0 && Volatile.Read(ref _system) is null && _user.IsEmpty;

    /// <summary>From now on every message goes straight to dead letters (user) or the dead path (system).</summary>
    public void Close()
    {
        Interlocked.Exchange(ref _closed, 1);
        DrainSystemMessages();
        DrainUserMessages();
    }

    public void Execute() => Execute(default);

    // A turn; a first message given (its Message set) is handled before any queued one and counts towards throughput.
    private void Execute(in Envelope first)
    {
        var previous = ActorCell.Enter(_cell);
        try
        {
            if (Volatile.Read(ref _closed) != 0)
            {
                if (first.Message is not null) _cell.System.PublishDeadLetter(first.Message, first.Sender, _cell.Self);
                return;
            }
            var left = _throughput;
            if (first.Message is not null)
            {
                _cell.Invoke(first);
                left--;
                if (Volatile.Read(ref _closed) != 0) return;
            }
            ProcessSystemMessages();
            for (; left > 0; left--)
            {
                if (_cell.IsSuspended || Volatile.Read(ref _closed) != 0) break;
                if (!_user.TryDequeue(out var envelope)) break;
                _cell.Invoke(envelope);
                if (Volatile.Read(ref _system) is not null) ProcessSystemMessages();
            }
        }
        finally
        {
            ActorCell.Leave(previous);
            Interlocked.Exchange(ref _scheduled, 0);
            // A busy actor goes to the back of the global queue, so its throughput limit really lets others run.
            if (HasWork()) TrySchedule(preferLocal: false);
        }
    }

    private bool HasWork() =>
        Volatile.Read(ref _closed) == 0 && (Volatile.Read(ref _system) is not null || (!_cell.IsSuspended && !_user.IsEmpty));

    /// <summary>A message told from inside an actor schedules its receiver on the same worker's local queue, where it
    /// runs next with warm caches (other workers steal it when this one is busy).</summary>
    private void TrySchedule(bool preferLocal)
    {
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal);
    }

    private void ProcessSystemMessages()
    {
        // Read before the exchange: most turns find none, and a plain read does not take the line exclusively.
        if (Volatile.Read(ref _system) is null) return;
        // Messages posted while a batch runs come in the next batch, after it: arrival order is kept.
        while (TakeSystemMessages() is { } oldest)
        {
            for (var node = oldest; node is not null; node = node.Next)
            {
                if (Volatile.Read(ref _closed) != 0) _cell.HandleSystemMessageWhenDead(node.Message);
                else _cell.SystemInvoke(node.Message);
            }
        }
    }

    private void DrainSystemMessages()
    {
        while (TakeSystemMessages() is { } oldest)
            for (var node = oldest; node is not null; node = node.Next) _cell.HandleSystemMessageWhenDead(node.Message);
    }

    /// <summary>Takes every system message posted so far, oldest first (null when there are none).</summary>
    private SystemNode? TakeSystemMessages()
    {
        var latest = Interlocked.Exchange(ref _system, null);
        SystemNode? oldest = null;
        while (latest is not null)
        {
            var next = latest.Next;
            latest.Next = oldest;
            oldest = latest;
            latest = next;
        }
        return oldest;
    }

    private sealed class SystemNode(ISystemMessage message)
    {
        public ISystemMessage Message { get; } = message;

        public SystemNode? Next { get; set; }
    }

    private void DrainUserMessages()
    {
        while (_user.TryDequeue(out var envelope)) _cell.System.PublishDeadLetter(envelope.Message, envelope.Sender, _cell.Self);
    }
}
