using ActorChat.Actors;
using ActorChat.Protocol;
using ActorChat.Server.Chat.Messages;
using ActorChat.Server.Configuration;
using ActorChat.Server.Logging;
using ActorChat.Server.Transport;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Chat;

/// <summary>
/// One client's session: owns its state (logged in or not, name, ping timer; issue 5 adds pair and blocks), handles
/// its lines in arrival order, and hands encoded lines to its connection's outbound buffer. A child of the
/// <see cref="RegistryActor"/>, which owns names and routing. Never touches the socket: the transport's loops do.
/// </summary>
internal sealed partial class ConnectionActor : UntypedActor
{
    private readonly IClientConnection _connection;
    private readonly ServerSettings _settings;
    private readonly ILogger _log;
    private readonly ChatStorage? _storage;
    private SessionState _state = SessionState.Greeted;
    private string? _name;
    private string? _claiming;
    private LeaveReason? _leaveReason;
    private Queue<object>? _stash;

    // Answer ordering: requests to the registry that may be answered, and the last of them known answered. While
    // some may still be answered, the connection's own answers go round the registry (Echo) to stay behind them.
    private long _registryRequests;
    private long _answeredUpTo;
    private bool _quitting;

    // True while the client's latest lines were refused for the rate limit: an overflow then is logged as rate-limit.
    private bool _flooding;

    /// <summary>Creates the actor for <paramref name="connection"/>.</summary>
    public ConnectionActor(IClientConnection connection, ServerSettings settings, ILogger log, ChatStorage? storage = null)
    {
        _connection = connection;
        _settings = settings;
        _log = log;
        _storage = storage;
    }

    /// <summary>
    /// One type switch rather than a <see cref="ReceiveActor"/>'s registered handlers: those are two objects per
    /// message type for every connection (about 2 KB each, idle or not), and a type test per handler per message.
    /// The hot messages (a direct message or broadcast to deliver, a line from the client) come first.
    /// </summary>
    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case DirectMessage direct:
                OnDirectMessage(direct);
                break;
            case Delivery delivery:
                OnDelivery(delivery);
                break;
            case Command or RejectedLine or ClientSignal:
                FromClient(message);
                break;
            case ToClient line:
                WriteAnswer(line.Line, line.ToMany);
                break;
            case LoginAccepted accepted:
                StartLogin(accepted);
                break;
            case LoginRefused refused:
                OnLoginRefused(refused);
                break;
            case Echo echo:
                OnEcho(echo);
                break;
            case Owed owed:
                OnOwed(owed);
                break;
            case OwedAnswer answer:
                OnOwedAnswer(answer);
                break;
            case LeaveAck:
                OnLeaveAck();
                break;
            case PairAsked asked:
                OnPairAsked(asked);
                break;
            case PairRefused pairRefused:
                OnPairRefused(pairRefused);
                break;
            case Terminated terminated:
                OnTerminated(terminated);
                break;
            case PairRequest request:
                OnPairRequest(request);
                break;
            case PairReply reply:
                OnPairReply(reply);
                break;
            case PairEnded ended:
                OnPairEnded(ended);
                break;
            case PairSay say:
                OnPairSay(say);
                break;
            case IdleCheck:
                OnIdleCheck();
                break;
            case Shutdown:
                Leave(LeaveReason.Shutdown, Lines.ByeShutdown);
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private enum SessionState
    {
        Greeted,
        AwaitingLogin,
        LoggedIn,
    }

    private IActorRef Registry => Context.Parent;

    /// <inheritdoc />
    protected override void PreStart()
    {
        Write(Lines.Greeting);
        ScheduleIdleCheck(_settings.IdleTimeout);
    }

    /// <inheritdoc />
    protected override void PostStop()
    {
        _idleTimer?.Cancel();
        // No reason set means the supervisor stopped this actor after a failure (see RegistryActor).
        var reason = _leaveReason ?? LeaveReason.Error;
        ServerLog.Left(_log, _connection.Id, _connection.RemoteEndPoint, _name, reason.ToWord());
        if (!_closed) CloseConnection(reason);
    }

    private void CloseConnection(LeaveReason reason)
    {
        _closed = true;
        if (reason is LeaveReason.SlowConsumer or LeaveReason.RateLimit)
        {
            var unsent = _connection.UnsentBytes;
            _connection.Abort();
            StoreUnwritten(unsent);
        }
        else _connection.Close();
    }

    // Lines wait (in arrival order) while the login or a PAIR is undecided: what they do depends on the outcome.
    private bool Holding => _state == SessionState.AwaitingLogin || _asking is not null;

    private void FromClient(object message)
    {
        if (Holding)
        {
            (_stash ??= new Queue<object>()).Enqueue(message);
            return;
        }
        Handle(message);
    }

    private void Handle(object message)
    {
        if (message is ClientSignal { CountsAsInbound: false })
        {
            Leave(LeaveReason.Dropped, null);
            return;
        }
        if (!RoutedByRegistry(message)) _connection.InboundHandled();
        if (_quitting || _leaveReason is not null) return;
        switch (message)
        {
            case ClientSignal signal:
                _flooding = signal == ClientSignal.RateLimited;
                Answer(signal == ClientSignal.RateLimited ? Lines.RateLimited
                    : signal == ClientSignal.LineTooLong ? Lines.LineTooLong
                    : Lines.BadEncoding);
                break;
            case RejectedLine rejected:
                _flooding = false;
                Answer(_state == SessionState.LoggedIn || rejected.AnswerBeforeLogin
                    ? Lines.Err(rejected.Error)
                    : Lines.NotLoggedIn);
                break;
            case Command command when _state == SessionState.LoggedIn:
                _flooding = false;
                OnCommand(command);
                break;
            case Command command:
                _flooding = false;
                OnCommandBeforeLogin(command);
                break;
        }
    }

    /// <summary>
    /// True for a line whose read-loop credit travels on to the registry: a logged-in client's <c>MSG</c> or
    /// <c>BROADCAST</c>. Returned here instead, a flooding sender would only be held back by its own actor while
    /// the registry's mailbox, which all of them share, grew without bound.
    /// </summary>
    private bool RoutedByRegistry(object message) =>
        message is MsgCommand or BroadcastCommand && _state == SessionState.LoggedIn && !_quitting && _leaveReason is null;

    /// <summary>
    /// Async so that nothing overtakes the stored offline messages, which come right after HI (see
    /// <see cref="OnLoginAccepted"/>). A method of its own: a lambda in <see cref="OnReceive"/> would allocate its
    /// closure on every message, not only on this one.
    /// </summary>
    private void StartLogin(LoginAccepted accepted) => RunTask(() => OnLoginAccepted(accepted));

    private async Task OnLoginAccepted(LoginAccepted accepted)
    {
        _name = accepted.Name;
        _state = SessionState.LoggedIn;
        Write(Lines.Hi(accepted.Name));
        if (accepted.Online is { } online)
        {
            Write(Lines.List(online));
            if (online.Count == 1) Write(Lines.Alone);
        }
        ServerLog.LoggedIn(_log, _connection.Id, _connection.RemoteEndPoint, accepted.Name);
        // The mailbox waits while this awaits: direct messages routed here since the registry accepted the name
        // are handled after the stored ones, so the recipient sees everything once, oldest first.
        if (_storage is not null) await DeliverStoredAsync(_storage, accepted.Recorded);
        Unstash();
    }

    private void OnLoginRefused(LoginRefused refused)
    {
        ServerLog.LoginRefused(_log, _connection.Id, _connection.RemoteEndPoint, _claiming!, refused.Error.Code);
        _stash = null;
        Leave(LeaveReason.Refused, Lines.Err(refused.Error));
    }

    /// <summary>Handles the held lines in order, until one of them (a PAIR) holds the rest again.</summary>
    private void Unstash()
    {
        while (!Holding && _stash is { } stash && stash.TryDequeue(out var message)) Handle(message);
        if (_stash is { Count: 0 }) _stash = null;
    }

    private void Write(ReadOnlyMemory<byte> line, bool batch = false) => TryWrite(line, batch);

    /// <summary>
    /// Hands <paramref name="line"/> to the writer; false if it was not (leaving, or a slow consumer now dropped).
    /// <paramref name="batch"/> for a line told to many connections at once (see <see cref="IClientConnection.TryWrite"/>).
    /// </summary>
    private bool TryWrite(ReadOnlyMemory<byte> line, bool batch = false)
    {
        if (_leaveReason is not null) return false;
        if (_connection.TryWrite(line, batch))
        {
            _handedBytes += line.Length;
            return true;
        }
        if (!_connection.Overflowed) return false;
        _refusedBytes = line.Length;
        ServerLog.SlowConsumer(_log, _connection.Id, _connection.RemoteEndPoint, _name, _settings.MaxOutboundBytes);
        Leave(_flooding ? LeaveReason.RateLimit : LeaveReason.SlowConsumer, null);
        return false;
    }

    /// <summary>
    /// Writes <paramref name="lastLine"/> (if any) and closes the connection. A logged-in connection then frees its
    /// name through the registry and stops on <see cref="LeaveAck"/>, storing direct messages that reach it meanwhile.
    /// </summary>
    private void Leave(LeaveReason reason, ReadOnlyMemory<byte>? lastLine)
    {
        if (_leaveReason is not null) return;
        if (lastLine is { } line) Write(line);
        _leaveReason ??= reason;
        if (_name is null)
        {
            CloseConnection(reason);
            Context.Stop(Self);
            return;
        }
        // Told before the connection closes: a client that saw it close and logs in again is handled after this.
        Registry.Tell(Leaving.Instance, Self);
        LeavePair();
        CloseConnection(reason);
    }
}
