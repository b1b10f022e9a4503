using System.Buffers;
using System.Text;
using ActorChat.Actors;
using ActorChat.Protocol;
using ActorChat.Server.Chat.Messages;
using ActorChat.Server.Configuration;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Chat;

/// <summary>
/// The single owner of names, presence and routing. Every <see cref="ConnectionActor"/> is its child and is watched:
/// a name is claimed here and only here (so of two clients racing for one name exactly one gets <c>HI</c>), and is
/// freed here exactly once, on the child's <c>Terminated</c>, however the connection ended.
/// </summary>
internal sealed partial class RegistryActor : ReceiveActor
{
    private readonly ServerSettings _settings;
    private readonly ILogger _log;
    private readonly Dictionary<string, IActorRef> _byName = new(ChatName.Comparer);
    // The same, looked up by a name's characters: a direct message to one name carries its bytes, not a string.
    private readonly Dictionary<string, IActorRef>.AlternateLookup<ReadOnlySpan<char>> _byNameChars;
    private readonly Dictionary<IActorRef, string> _nameOf = new();
    // Names in login order, for LIST; removal is O(n) but happens once per logout, not per message.
    private readonly List<string> _online = [];
    private readonly HashSet<IActorRef> _children = [];
    private readonly ChatStorage? _storage;
    // Every name that ever logged in (no-such-user is for the others); grows at each first login.
    private readonly HashSet<string> _known = new(ChatName.Comparer);
    private long _lastOwed;
    private bool _shuttingDown;

    /// <summary>Creates the registry; without <paramref name="storage"/>, nothing is stored and MSG reaches only those online.</summary>
    public RegistryActor(ServerSettings settings, ILogger log, ChatStorage? storage = null)
    {
        _settings = settings;
        _log = log;
        _storage = storage;
        if (storage is not null) _known.UnionWith(storage.KnownNames);
        _byNameChars = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        Receive<Delivery>(Route);
        Receive<DirectMessage>(Route);
        Receive<PairAsk>(OnPairAsk);
        Receive<StoreQuery>(OnStoreQuery);
        Receive<WhoLast>(OnWhoLast);
        Receive<Leaving>(_ => OnLeaving());
        Receive<Drained>(OnDrained);
        Receive<Echo>(echo => Sender.Tell(echo, Self));
        Receive<Who>(OnWho);
        Receive<Login>(OnLogin);
        Receive<OpenConnection>(OnOpenConnection);
        Receive<Terminated>(OnTerminated);
        Receive<Shutdown>(_ => OnShutdown());
    }

    /// <summary>
    /// A connection actor that throws is stopped, not restarted: its state (logged in or not, name, and later pair
    /// and blocks) mirrors what the client and the registry believe, and a fresh instance would silently forget it,
    /// leaving a client that thinks it is logged in talking to an actor that thinks it is not. Stopping closes the
    /// connection, the registry's DeathWatch frees the name and tells the others <c>LEFT</c>, and the client can
    /// reconnect; its siblings are untouched (one-for-one).
    /// </summary>
    /// <remarks>The kernel logs the failure (category <c>ActorChat.Actors</c>, Error, with the child's path and the
    /// exception); the connection's own <c>left</c> event follows with reason <c>error</c>.</remarks>
    protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Stop);

    private void OnOpenConnection(OpenConnection open)
    {
        var child = Context.ActorOf(
            Props.CreateBy(new ConnectionActorProducer(open.Connection, _settings, _log, _storage)), open.Connection.Id);
        Context.Watch(child);
        _children.Add(child);
        if (open.Opened is { } opened) opened.TrySetResult(child);
        else Sender.Tell(child, Self);
        if (_shuttingDown) child.Tell(Shutdown.Instance, Self);
    }

    private void OnLogin(Login login) => OnLogin(login, Sender);

    private void OnLogin(Login login, IActorRef sender)
    {
        // A login that arrives after its connection died must not claim a name nobody will ever free.
        if (!_children.Contains(sender) || _nameOf.ContainsKey(sender)) return;
        if (_byName.ContainsKey(login.Name))
        {
            sender.Tell(new LoginRefused(Lines.NameTaken(login.Name)), Self);
            return;
        }
        if (HoldWhileDraining(login, sender)) return;
        if (_byName.Count >= _settings.MaxClients)
        {
            sender.Tell(new LoginRefused(ErrEvent.ServerFull), Self);
            return;
        }
        if (_settings.AnnouncePresence)
        {
            // Encoded once, shared by every recipient.
            var joined = new ToClient(Lines.Joined(login.Name), ToMany: true);
            using (CallingThreadDispatch.Suspend())
                foreach (var other in _byName.Values) other.Tell(joined, Self);
        }
        _byName.Add(login.Name, sender);
        _nameOf.Add(sender, login.Name);
        _online.Add(login.Name);
        _known.Add(login.Name);
        // Writes commit in the order issued: once this one has, so has every offline message stored for the name
        // before now, and the connection fetches them after awaiting it.
        var recorded = _storage?.Store.RecordLoginAsync(login.Name, DateTimeOffset.UtcNow);
        if (recorded is not null) _storage!.Behind(recorded, "record login");
        sender.Tell(new LoginAccepted(login.Name, _settings.AnnouncePresence ? _online.ToArray() : null, recorded), Self);
    }

    private void Route(Delivery delivery)
    {
        delivery.Credit?.InboundHandled();
        var sender = Sender;
        // Told to many at once: each recipient's turn is left to the pool, where it can take several in one turn.
        using (CallingThreadDispatch.Suspend())
            foreach (var (name, connection) in _byName)
                if (!connection.Equals(sender)) connection.Tell(delivery, Self);
    }

    private void Route(DirectMessage message)
    {
        message.Credit?.InboundHandled();
        var sender = Sender;
        if (message.Recipients is not { } recipients)
        {
            RouteToOne(message, sender);
            return;
        }
        List<string>? offline = null;
        for (var i = 0; i < recipients.Count; i++) RouteTo(message, recipients[i], sender, ref offline);
        if (offline is not null) StoreOfflineAndPromise(message, offline, sender);
    }

    /// <summary>Finds an online name by its bytes; only a name not online is made a string.</summary>
    private void RouteToOne(DirectMessage message, IActorRef sender)
    {
        var utf8 = message.Utf8Recipient;
        // Online names passed the name rules at HELLO: at most 32 characters, all ASCII, so one char per byte. Bytes
        // that are not such a name, or such a name not found, are a name not online.
        Span<char> chars = stackalloc char[ChatName.MaxLength];
        if (utf8.Length <= ChatName.MaxLength && Ascii.ToUtf16(utf8, chars, out var length) == OperationStatus.Done
            && _byNameChars.TryGetValue(chars[..length], out var connection))
        {
            connection.Tell(message, sender);
            return;
        }
        List<string>? offline = null;
        NotOnline(Encoding.UTF8.GetString(utf8), sender, ref offline);
        if (offline is not null) StoreOfflineAndPromise(message, offline, sender);
    }

    private void RouteTo(DirectMessage message, string name, IActorRef sender, ref List<string>? offline)
    {
        if (_byName.TryGetValue(name, out var connection)) connection.Tell(message, sender);
        else NotOnline(name, sender, ref offline);
    }

    /// <summary>A known name is stored for (added to <paramref name="offline"/>); any other is answered no-such-user.</summary>
    private void NotOnline(string name, IActorRef sender, ref List<string>? offline)
    {
        if (_storage is not null && _known.Contains(name)) (offline ??= []).Add(name);
        else sender.Tell(new ToClient(Lines.NoSuchUser(name)), Self);
    }

    /// <summary>
    /// The registry decided "offline" and stores in the same turn: a login of the name is handled after this, so its
    /// offline fetch (behind a flush) sees these messages; QUEUED follows the commit.
    /// </summary>
    /// <remarks>A method of its own because its lambda's closure would otherwise be allocated on every
    /// <see cref="Route(DirectMessage)"/>, offline recipients or not.</remarks>
    private void StoreOfflineAndPromise(DirectMessage message, List<string> offline, IActorRef sender)
    {
        var appends = new Task[offline.Count];
        for (var i = 0; i < offline.Count; i++) appends[i] = StoreOffline(message, offline[i]);
        var queued = Lines.Queued(offline);
        Promise(sender, Task.WhenAll(appends).ContinueWith(
            t => t.IsCompletedSuccessfully ? queued : throw t.Exception?.GetBaseException() ?? new TaskCanceledException(),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default));
    }

    private void OnPairAsk(PairAsk ask)
    {
        var sender = Sender;
        if (!_nameOf.ContainsKey(sender)) return;
        if (_byName.TryGetValue(ask.Target, out var target))
        {
            var id = ++_lastOwed;
            sender.Tell(new PairAsked(id, target), Self);
            target.Tell(new PairRequest(_nameOf[sender], id), sender);
        }
        else if (_storage is not null && _known.Contains(ask.Target))
            sender.Tell(new PairRefused(ask.Target, Lines.Err(ErrorCodes.NotOnline, ask.Target)), Self);
        else
            sender.Tell(new PairRefused(ask.Target, Lines.NoSuchUser(ask.Target)), Self);
    }

    private void OnStoreQuery(StoreQuery query)
    {
        if (_storage is null)
        {
            Sender.Tell(new ToClient(Lines.StoreFailed), Self);
            return;
        }
        Promise(Sender, RunQuery(query, _storage.Store));
    }

    private static Task<ReadOnlyMemory<byte>> RunQuery(StoreQuery query, Storage.IChatStore store)
    {
        try
        {
            return query.Run(store);
        }
        catch (Exception e)
        {
            return Task.FromException<ReadOnlyMemory<byte>>(e);
        }
    }

    private void OnWhoLast(WhoLast who)
    {
        if (!_nameOf.TryGetValue(Sender, out var self)) return;
        var online = _online.ToArray();
        if (_storage is null)
        {
            Sender.Tell(new ToClient(Lines.WhoLast(who.Minutes, online.Where(n => !ChatName.Comparer.Equals(n, self)))), Self);
            return;
        }
        var since = DateTimeOffset.UtcNow.AddMinutes(-who.Minutes);
        Promise(Sender, _storage.Store.NamesSeenSinceAsync(since).ContinueWith(
            t =>
            {
                // Those online now count whatever their stored last-seen says; the stored case of a name wins.
                var names = new SortedSet<string>(t.Result, StringComparer.OrdinalIgnoreCase);
                foreach (var name in online) if (!names.Contains(name)) names.Add(name);
                names.Remove(self);
                return Lines.WhoLast(who.Minutes, names);
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default));
    }

    /// <summary>Tells <paramref name="to"/> an answer is owed now, and sends it when <paramref name="answer"/> completes.</summary>
    private void Promise(IActorRef to, Task<ReadOnlyMemory<byte>> answer)
    {
        var id = ++_lastOwed;
        to.Tell(new Owed(id), Self);
        var self = Self;
        var log = _log;
        answer.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    to.Tell(new OwedAnswer(id, t.Result), self);
                    return;
                }
                StoreLog.QueryFailed(log, t.Exception?.GetBaseException() ?? new TaskCanceledException());
                to.Tell(new OwedAnswer(id, Lines.StoreFailed), self);
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void OnWho(Who who)
    {
        if (!_nameOf.TryGetValue(Sender, out var self)) return;
        var line = who.IncludeSelf
            ? Lines.List(_online)
            : Lines.WhoElse(_online.Where(n => !ReferenceEquals(n, self)).ToArray());
        Sender.Tell(new ToClient(line), Self);
    }

    private void OnLeaving()
    {
        if (Release(Sender) is { } name) StartDraining(name, Sender);
        Sender.Tell(LeaveAck.Instance, Self);
    }

    private void OnTerminated(Terminated terminated)
    {
        var child = terminated.ActorRef;
        _children.Remove(child);
        // A connection that ended through Leaving is released already; one stopped by a failure is released here.
        Release(child);
        FinishDraining(child);
    }

    private string? Release(IActorRef child)
    {
        if (!_nameOf.Remove(child, out var name)) return null;
        _storage?.Behind(_storage.Store.SetLastSeenAsync(name, DateTimeOffset.UtcNow), "record last-seen");
        _byName.Remove(name);
        _online.Remove(name);
        if (_shuttingDown || !_settings.AnnouncePresence) return name;
        var left = new ToClient(Lines.Left(name), ToMany: true);
        using (CallingThreadDispatch.Suspend())
            foreach (var other in _byName.Values) other.Tell(left, Self);
        return name;
    }

    private void OnShutdown()
    {
        _shuttingDown = true;
        using (CallingThreadDispatch.Suspend())
            foreach (var child in _children) child.Tell(Shutdown.Instance, Self);
    }
}
