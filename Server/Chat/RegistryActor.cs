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
internal sealed class RegistryActor : ReceiveActor
{
    private readonly ServerSettings _settings;
    private readonly ILogger _log;
    private readonly Dictionary<string, IActorRef> _byName = new(ChatName.Comparer);
    private readonly Dictionary<IActorRef, string> _nameOf = new();
    // Names in login order, for LIST; removal is O(n) but happens once per logout, not per message.
    private readonly List<string> _online = [];
    private readonly HashSet<IActorRef> _children = [];
    private bool _shuttingDown;

    /// <summary>Creates the registry.</summary>
    public RegistryActor(ServerSettings settings, ILogger log)
    {
        _settings = settings;
        _log = log;
        Receive<Delivery>(Route);
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
            Props.Create(() => new ConnectionActor(open.Connection, _settings, _log)), open.Connection.Id);
        Context.Watch(child);
        _children.Add(child);
        Sender.Tell(child, Self);
        if (_shuttingDown) child.Tell(Shutdown.Instance, Self);
    }

    private void OnLogin(Login login)
    {
        var sender = Sender;
        // A login that arrives after its connection died must not claim a name nobody will ever free.
        if (!_children.Contains(sender) || _nameOf.ContainsKey(sender)) return;
        if (_byName.ContainsKey(login.Name))
        {
            sender.Tell(new LoginRefused(Lines.NameTaken(login.Name)), Self);
            return;
        }
        if (_byName.Count >= _settings.MaxClients)
        {
            sender.Tell(new LoginRefused(ErrEvent.ServerFull), Self);
            return;
        }
        var joined = new ToClient(Lines.Joined(login.Name));
        foreach (var other in _byName.Values) other.Tell(joined, Self);
        _byName.Add(login.Name, sender);
        _nameOf.Add(sender, login.Name);
        _online.Add(login.Name);
        sender.Tell(new LoginAccepted(login.Name, _online.ToArray()), Self);
    }

    private void Route(Delivery delivery)
    {
        var sender = Sender;
        if (delivery.Recipients is null)
        {
            foreach (var (name, connection) in _byName)
                if (!connection.Equals(sender)) connection.Tell(delivery, Self);
            return;
        }
        var recipients = delivery.Recipients;
        for (var i = 0; i < recipients.Count; i++)
        {
            if (_byName.TryGetValue(recipients[i], out var connection)) connection.Tell(delivery, Self);
            else sender.Tell(new ToClient(Lines.NoSuchUser(recipients[i])), Self);
        }
    }

    private void OnWho(Who who)
    {
        if (!_nameOf.TryGetValue(Sender, out var self)) return;
        var line = who.IncludeSelf
            ? Lines.List(_online)
            : Lines.WhoElse(_online.Where(n => !ReferenceEquals(n, self)).ToArray());
        Sender.Tell(new ToClient(line), Self);
    }

    private void OnTerminated(Terminated terminated)
    {
        var child = terminated.ActorRef;
        _children.Remove(child);
        if (!_nameOf.Remove(child, out var name)) return;
        _byName.Remove(name);
        _online.Remove(name);
        if (_shuttingDown) return;
        var left = new ToClient(Lines.Left(name));
        foreach (var other in _byName.Values) other.Tell(left, Self);
    }

    private void OnShutdown()
    {
        _shuttingDown = true;
        foreach (var child in _children) child.Tell(Shutdown.Instance, Self);
    }
}
