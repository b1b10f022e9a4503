using ActorChat.Actors;
using ActorChat.Protocol;
using ActorChat.Server.Chat.Messages;
using ActorChat.Server.Storage;

namespace ActorChat.Server.Chat;

// Direct messages, blocks and the store: offline delivery after HI, history behind the live path, INBOX, BLOCK, and
// the slow-consumer rule (direct messages a dropped connection did not write become offline messages again).
internal sealed partial class ConnectionActor
{
    private const int OfflinePage = 1000;
    private static readonly TimeSpan OfflinePoll = TimeSpan.FromMilliseconds(5);
    // Made at the first block: most connections never block anyone, and an empty set is 64 bytes each.
    private HashSet<string>? _blocks;
    // Bytes handed to the writer so far, and the size of the line the full buffer refused (it counts it as unsent).
    private long _handedBytes;
    private long _refusedBytes;
    private bool _closed;
    // Direct messages handed to the writer and maybe not yet flushed: ends (in _handedBytes) and their stored ids.
    private Queue<Handed>? _handed;
    // The mark of written-but-unsent messages as undelivered: Drained waits for it.
    private Task? _unwrittenStored;

    private void OnDelivery(Delivery delivery)
    {
        if (!Blocks(delivery.From)) Write(delivery.Line, batch: true);
    }

    private void OnDirectMessage(DirectMessage message)
    {
        // A blocked sender's message never reaches the blocker, and is not kept for it either.
        if (Blocks(message.From)) return;
        if (_storage is null)
        {
            Write(message.Line);
            return;
        }
        if (!TryWrite(message.Line))
        {
            // Leaving, or this line overflowed the buffer: the registry still counted this name online, so the
            // message becomes an offline one instead of being lost.
            StoreUndelivered(message);
            return;
        }
        long? id = null;
        // Not awaited and without a task: the store queues the row for its next commit. Refused (history far
        // behind, logged by the store): the message has no row, so were it unsent it is stored as an offline one.
        if (_storage.RecordHistory
            && _storage.Store.TryAppendHistory(message.From, _name!, message.SentAt, message.Utf8Text, out var stored))
            id = stored;
        TrackHanded(message, id);
    }

    /// <summary>True when this connection's name blocks <paramref name="name"/>.</summary>
    private bool Blocks(string name) => _blocks?.Contains(name) == true;

    private void StoreUndelivered(DirectMessage message) =>
        _storage!.Behind(
            _storage.Store.AppendMessageAsync(message.From, _name!, message.SentAt, message.Text, delivered: false),
            "store undelivered message");

    private void TrackHanded(DirectMessage message, long? id)
    {
        var handed = _handed ??= new Queue<Handed>();
        // Whatever ends before the unsent tail has been flushed: forget it.
        var flushedUpTo = _handedBytes - _connection.UnsentBytes;
        while (handed.TryPeek(out var head) && head.End <= flushedUpTo) handed.Dequeue();
        // With a history row its id is all a drop needs. The message (and its text) is kept only without one, so
        // that a thousand connections do not each hold their last message into a collection (docs/benchmarks.md).
        handed.Enqueue(new Handed(_handedBytes, id is null ? message : null, id));
    }

    /// <summary>Dropped as a slow consumer with <paramref name="unsent"/> bytes unsent: store what they held.</summary>
    private void StoreUnwritten(long unsent)
    {
        if (_handed is null || _storage is null || _name is null) return;
        var writtenUpTo = _handedBytes - Math.Max(0, unsent - _refusedBytes);
        var store = _storage.Store;
        var count = 0;
        var ids = new List<long>();
        foreach (var handed in _handed)
        {
            if (handed.End <= writtenUpTo) continue;
            count++;
            if (handed.Id is { } id) ids.Add(id);
            else StoreUndelivered(handed.Message!);
        }
        _handed = null;
        if (ids.Count > 0)
        {
            // Queued after the history rows it names, so the store applies it after them.
            var marks = store.MarkUndeliveredAsync(ids);
            _storage.Behind(marks, "mark undelivered");
            _unwrittenStored = marks;
        }
        if (count > 0) StoreLog.UndeliveredStored(_log, _connection.Id, _name, count);
    }

    /// <summary>
    /// The registry routes nothing more here: once the marks of unsent messages are issued, tell it so (it then
    /// stores what it held for this name, after them) and stop.
    /// </summary>
    private void OnLeaveAck()
    {
        if (_unwrittenStored is { IsCompleted: false } marks)
        {
            _unwrittenStored = null;
            var self = Self;
            marks.ContinueWith(_ => self.Tell(LeaveAck.Instance, ActorRefs.NoSender), TaskScheduler.Default);
            return;
        }
        Registry.Tell(Drained.Instance, Self);
        Context.Stop(Self);
    }

    /// <summary>After HI: loads this name's blocks, then writes its stored offline messages, oldest first, each once.</summary>
    private async Task DeliverStoredAsync(ChatStorage storage, Task? recorded)
    {
        var store = storage.Store;
        var name = _name!;
        try
        {
            // Covers every offline message the registry stored for this name before it accepted the login.
            if (recorded is not null) await recorded;
            if (await store.GetBlocksAsync(name) is { Count: > 0 } blocks)
                (_blocks ??= new(ChatName.Comparer)).UnionWith(blocks);
            long after = 0;
            while (_leaveReason is null)
            {
                var page = await store.GetUndeliveredAsync(name, after, OfflinePage);
                var done = new List<long>(page.Count);
                foreach (var message in page)
                {
                    // From a name blocked now: never shown, and not offered again.
                    if (!Blocks(message.From))
                    {
                        var line = Lines.Offline(message.SentAt, message.From, message.Text);
                        await WaitForRoomAsync(line.Length);
                        if (!TryWrite(line)) break;
                    }
                    done.Add(message.Id);
                    after = message.Id;
                }
                // Marked only once handed to the writer; a later login's flush orders its fetch after this write.
                if (done.Count > 0) storage.Behind(store.MarkDeliveredAsync(done), "mark delivered");
                if (page.Count < OfflinePage || done.Count < page.Count) break;
            }
        }
        catch (Exception e)
        {
            StoreLog.QueryFailed(_log, e);
            Write(Lines.StoreFailed);
        }
    }

    /// <summary>
    /// A backlog is written as the client reads it, not all at once: waits while the unsent output is over half of
    /// max-outbound-bytes, and gives up waiting (the write then drops a client that reads nothing) after
    /// shutdown-timeout without progress, so that a stuck client holds neither this actor nor a graceful stop for long. The transport offers no drain signal, so this polls; it runs only during offline delivery.
    /// </summary>
    private async Task WaitForRoomAsync(int bytes)
    {
        var room = _settings.MaxOutboundBytes / 2;
        var unsent = _connection.UnsentBytes;
        var since = System.Diagnostics.Stopwatch.GetTimestamp();
        while (unsent > 0 && unsent + bytes > room && _leaveReason is null && !_connection.Overflowed)
        {
            await Task.Delay(OfflinePoll);
            var now = _connection.UnsentBytes;
            if (now < unsent) since = System.Diagnostics.Stopwatch.GetTimestamp();
            else if (System.Diagnostics.Stopwatch.GetElapsedTime(since) > _settings.ShutdownTimeout) return;
            unsent = now;
        }
    }

    private void Inbox(int count)
    {
        var name = _name!;
        var blocked = _blocks is { Count: > 0 } ? new HashSet<string>(_blocks, ChatName.Comparer) : null;
        AskRegistry(new StoreQuery(async store =>
        {
            IReadOnlyList<StoredMessage> messages = await store.GetInboxAsync(name, count).ConfigureAwait(false);
            if (blocked is not null)
                messages = messages.Where(m => !(blocked.Contains(m.From) && ChatName.Comparer.Equals(m.To, name))).ToArray();
            return Lines.Inbox(messages);
        }));
    }

    /// <summary><c>BLOCK</c> (<paramref name="block"/> true) or <c>UNBLOCK</c> <paramref name="other"/>.</summary>
    private void SetBlocked(string other, bool block)
    {
        if (Same(other, _name) || !ChatName.IsValid(other))
        {
            Answer(Lines.Err(ErrorCodes.BadArgument, other));
            return;
        }
        // In force from now on; BLOCKED or UNBLOCKED is answered once it is stored.
        if (block) (_blocks ??= new(ChatName.Comparer)).Add(other);
        else _blocks?.Remove(other);
        var line = block ? Lines.Blocked(other) : Lines.Unblocked(other);
        var name = _name!;
        if (_storage is null) Answer(line);
        else AskRegistry(new StoreQuery(async store =>
        {
            await (block ? store.AddBlockAsync(name, other) : store.RemoveBlockAsync(name, other)).ConfigureAwait(false);
            return line;
        }));
    }

    /// <summary>
    /// A handed message's end in <see cref="_handedBytes"/>, and its history row's id or, without one, the message.
    /// </summary>
    private readonly record struct Handed(long End, DirectMessage? Message, long? Id);
}
