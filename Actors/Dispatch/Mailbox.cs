using System.Collections.Concurrent;

namespace ActorChat.Actors;

/// <summary>
/// An actor's two queues (system messages first, then user messages) and its turn on the thread pool.
/// Lock-free: producers enqueue and flip <see cref="_scheduled"/> with one CAS; the one running turn processes
/// up to <see cref="_throughput"/> user messages, so an actor handles one message at a time, in arrival order.
/// </summary>
internal sealed class Mailbox : IThreadPoolWorkItem
{
    private readonly ConcurrentQueue<Envelope> _user = new();
    private readonly ConcurrentQueue<ISystemMessage> _system = new();
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
        _user.Enqueue(envelope);
        // Pairs with the fence in Execute's tail: either we see the turn ending, or the turn sees our message.
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _closed) != 0)
            DrainUserMessages();
        else if (Volatile.Read(ref _scheduled) == 0 && !_cell.IsSuspended)
            TrySchedule(preferLocal: true);
    }

    public void PostSystem(ISystemMessage message)
    {
        _system.Enqueue(message);
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _closed) != 0)
            DrainSystemMessages();
        else
            TrySchedule(preferLocal: true);
    }

    /// <summary>From now on every message goes straight to dead letters (user) or the dead path (system).</summary>
    public void Close()
    {
        Interlocked.Exchange(ref _closed, 1);
        DrainSystemMessages();
        DrainUserMessages();
    }

    public void Execute()
    {
        var previous = ActorCell.Enter(_cell);
        try
        {
            if (Volatile.Read(ref _closed) != 0) return;
            ProcessSystemMessages();
            for (var left = _throughput; left > 0; left--)
            {
                if (_cell.IsSuspended || Volatile.Read(ref _closed) != 0) break;
                if (!_user.TryDequeue(out var envelope)) break;
                _cell.Invoke(envelope);
                if (!_system.IsEmpty) ProcessSystemMessages();
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
        Volatile.Read(ref _closed) == 0 && (!_system.IsEmpty || (!_cell.IsSuspended && !_user.IsEmpty));

    /// <summary>A message told from inside an actor schedules its receiver on the same worker's local queue, where it
    /// runs next with warm caches (other workers steal it when this one is busy).</summary>
    private void TrySchedule(bool preferLocal)
    {
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal);
    }

    private void ProcessSystemMessages()
    {
        while (_system.TryDequeue(out var message))
        {
            if (Volatile.Read(ref _closed) != 0) _cell.HandleSystemMessageWhenDead(message);
            else _cell.SystemInvoke(message);
        }
    }

    private void DrainSystemMessages()
    {
        while (_system.TryDequeue(out var message)) _cell.HandleSystemMessageWhenDead(message);
    }

    private void DrainUserMessages()
    {
        while (_user.TryDequeue(out var envelope)) _cell.System.PublishDeadLetter(envelope.Message, envelope.Sender, _cell.Self);
    }
}
