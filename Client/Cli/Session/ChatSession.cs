using System.Threading.Channels;
using ActorChat.Client.Cli.Input;
using ActorChat.Client.Cli.Options;
using ActorChat.Client.Cli.Output;
using ActorChat.Client.Cli.Terminal;
using ActorChat.Protocol;

namespace ActorChat.Client.Cli.Session;

/// <summary>
/// One person's chat session: connects and logs in, then runs one loop over keys (or script lines), server events
/// and the connection's end, so the screen has a single owner. Reconnects with backoff when asked to.
/// </summary>
internal sealed class ChatSession
{
    private readonly ClientOptions _options;
    private readonly ISessionOutput _output;
    private readonly Channel<SessionInput> _inputs;
    private readonly ConsoleView? _view;
    private readonly Func<string?, Task<string?>>? _askName;
    private readonly EventFormatter _formatter;
    private readonly InputParser _parser;
    private readonly SessionState _state = new();
    private readonly SessionConnector _connector;
    private ChatConnection? _connection;
    private CancellationTokenSource? _reconnecting;
    private bool _quitting;

    /// <param name="options">The settings.</param>
    /// <param name="output">Where lines go.</param>
    /// <param name="inputs">The queue that keys or script lines are posted to.</param>
    /// <param name="view">The interactive view keys are applied to; null in script mode.</param>
    /// <param name="askName">Asks the person for a name (given why the last one failed); null in script mode.</param>
    /// <param name="clock">The clock for the times shown.</param>
    public ChatSession(ClientOptions options, ISessionOutput output, Channel<SessionInput> inputs, ConsoleView? view,
        Func<string?, Task<string?>>? askName, TimeProvider clock)
    {
        _options = options;
        _output = output;
        _inputs = inputs;
        _view = view;
        _askName = askName;
        _formatter = new EventFormatter(clock);
        _parser = new InputParser(options.MaxLineBytes);
        _connector = new SessionConnector(options);
    }

    /// <summary>Names online, for Tab completion.</summary>
    public IEnumerable<string> OnlineNames => _state.Online;

    /// <summary>Runs the session to its end; returns the exit status.</summary>
    public async Task<int> RunAsync()
    {
        var name = _options.Name;
        string? problem = null;
        while (true)
        {
            if (name is not null && NameCheck.Problem(name) is { } invalid)
            {
                problem = invalid;
                name = null;
            }
            if (name is null)
            {
                if (_askName is null)
                {
                    _output.Problem(EventFormatter.Error(problem ?? "a name is needed", "give one with --name NAME"));
                    return ExitCodes.Usage;
                }
                name = await _askName(problem).ConfigureAwait(false);
                if (name is null) return ExitCodes.Ok;
                problem = null;
                continue;
            }
            var attempt = await _connector.ConnectAsync(name, CancellationToken.None).ConfigureAwait(false);
            if (attempt.Connection is { } connection)
            {
                Start(connection, attempt.Login!);
                break;
            }
            if (attempt.Login?.Status is LoginStatus.NameTaken or LoginStatus.NameInvalid or LoginStatus.NameEmpty && _askName is not null)
            {
                problem = attempt.Error;
                name = null;
                continue;
            }
            _output.Problem(EventFormatter.Error(attempt.Error ?? "cannot log in", null));
            return ExitCodes.CannotConnect;
        }

        await foreach (var input in _inputs.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var exit = await HandleAsync(input).ConfigureAwait(false);
            if (exit is { } code) return code;
        }
        return ExitCodes.Ok;
    }

    private async Task<int?> HandleAsync(SessionInput input)
    {
        switch (input)
        {
            case SessionInput.Key key when _view is not null:
                var outcome = _view.HandleKey(key.Info);
                if (outcome == EditOutcome.Submitted) await TypedAsync(_view.Editor.Submitted).ConfigureAwait(false);
                else if (outcome == EditOutcome.Quit) Quit(null);
                break;
            case SessionInput.Line line:
                await TypedAsync(line.Text).ConfigureAwait(false);
                break;
            case SessionInput.EndOfInput:
                _ = LingerThenQuitAsync();
                break;
            case SessionInput.Event e when e.Connection == _connection:
                Show(e.Value);
                break;
            case SessionInput.Ended ended when ended.Connection == _connection:
                return await EndedAsync(ended.Why).ConfigureAwait(false);
            case SessionInput.Reconnected back:
                _reconnecting = null;
                if (_quitting) { await back.Connection.DisposeAsync().ConfigureAwait(false); return ExitCodes.Ok; }
                _state.Unpair();
                Start(back.Connection, back.Login);
                _output.Show(EventFormatter.Info("reconnected as ", back.Login.Name!));
                break;
            case SessionInput.Notice notice when notice.IsProblem:
                _output.Problem(notice.Text);
                break;
            case SessionInput.Notice notice:
                _output.Show(notice.Text);
                break;
            case SessionInput.Exit exit:
                return exit.Code;
        }
        return null;
    }

    private void Show(ServerEvent e)
    {
        // UNPAIRED means a pair ended or a request was withdrawn: which one, only the state before it can tell.
        var line = e is UnpairedEvent unpaired ? EventFormatter.Unpaired(unpaired.Name, _state.Ending(unpaired)) : _formatter.Format(e, _state.Name);
        if (_state.Apply(e)) _output.SetPrompt(_state.Prompt);
        if (line is null) return;
        _output.Show(line);
        if (e is MsgEvent) _output.Notify();
    }

    private async Task TypedAsync(string text)
    {
        var command = _parser.Parse(text);
        if (command is UserCommand.Invalid invalid)
        {
            _output.Problem(EventFormatter.Error(invalid.Problem, invalid.Hint));
            return;
        }
        if (command is UserCommand.Quit quit) { Quit(quit.Reason); return; }
        if (command is UserCommand.Help) { foreach (var line in HelpText.Lines) _output.Show(StyledLine.Of(line, Style.Info)); return; }
        if (command is UserCommand.Nothing) return;
        if (OwnName(command) is { } refused)
        {
            // The server's answer would be a bare "bad-argument alice"; the client can say what is wrong.
            _output.Problem(EventFormatter.Error(refused, "give someone else's name"));
            return;
        }
        if (command is UserCommand.ToPartner { Explicit: false } && _state.Partner is null)
        {
            _output.Problem(EventFormatter.Error("not paired, so that line went nowhere",
                "/msg NAME TEXT to one person, /all TEXT to everyone, /pair NAME to pair, /help for more"));
            return;
        }
        if (_connection is not { } connection || _quitting) return;
        try
        {
            await SendAsync(connection, command).ConfigureAwait(false);
        }
        catch (ChatConnectionClosedException)
        {
            _output.Problem(EventFormatter.Error("not connected: that line was not sent", null));
        }
    }

    private async Task SendAsync(ChatConnection c, UserCommand command)
    {
        switch (command)
        {
            case UserCommand.Direct d:
                await (d.To.Count == 1 ? c.SendMsgAsync(d.To[0], d.Text) : c.SendMsgAsync(d.To, d.Text)).ConfigureAwait(false);
                if (_view is not null) _output.Show(_formatter.Sent("", string.Join(",", d.To), d.Text));
                break;
            case UserCommand.Broadcast b:
                await c.SendBroadcastAsync(b.Text).ConfigureAwait(false);
                if (_view is not null) _output.Show(_formatter.Sent("[all] ", "", b.Text));
                break;
            case UserCommand.ToPartner p:
                await c.SendSayAsync(p.Text).ConfigureAwait(false);
                if (_view is not null) _output.Show(_formatter.Sent("[pair] ", "", p.Text));
                break;
            case UserCommand.List: await c.SendListAsync().ConfigureAwait(false); break;
            case UserCommand.WhoElse: await c.SendWhoElseAsync().ConfigureAwait(false); break;
            case UserCommand.WhoLast w: await c.SendWhoLastAsync(w.Minutes).ConfigureAwait(false); break;
            case UserCommand.Pair p: await c.SendPairAsync(p.Name).ConfigureAwait(false); break;
            case UserCommand.Unpair: await c.SendUnpairAsync().ConfigureAwait(false); break;
            case UserCommand.Block b: await c.SendBlockAsync(b.Name).ConfigureAwait(false); break;
            case UserCommand.Unblock u: await c.SendUnblockAsync(u.Name).ConfigureAwait(false); break;
            case UserCommand.Inbox i: await c.SendInboxAsync(i.Count is { } n ? Math.Min(n, InboxCommand.MaxCount) : null).ConfigureAwait(false); break;
        }
    }

    private string? OwnName(UserCommand command)
    {
        var (name, problem) = command switch
        {
            UserCommand.Pair p => (p.Name, "You can't pair with yourself"),
            UserCommand.Block b => (b.Name, "You can't block yourself"),
            UserCommand.Unblock u => (u.Name, "You can't unblock yourself"),
            _ => (null, null),
        };
        return name is not null && EventFormatter.Same(name, _state.Name) ? problem : null;
    }

    private void Quit(string? reason)
    {
        if (_quitting) return;
        _quitting = true;
        if (_reconnecting is { } reconnecting)
        {
            reconnecting.Cancel();
            _inputs.Writer.TryWrite(new SessionInput.Exit(ExitCodes.Ok));
        }
        else if (_connection is { } connection) _ = connection.QuitAsync(reason);
        else _inputs.Writer.TryWrite(new SessionInput.Exit(ExitCodes.Ok));
    }

    // Replies to the script's own lines need no wait: the server answers in order, so they all come before the
    // BYE that ends the session. The linger is for messages from others.
    private async Task LingerThenQuitAsync()
    {
        await Task.Delay(_options.Linger).ConfigureAwait(false);
        _inputs.Writer.TryWrite(new SessionInput.Line("/quit"));
    }

    private async Task<int?> EndedAsync(ConnectionClosed why)
    {
        await _connection!.DisposeAsync().ConfigureAwait(false);
        if (_quitting) return ExitCodes.Ok;
        _output.Problem(EventFormatter.Error(why.ToString(), _options.Reconnect ? null : "start the client again to reconnect"));
        if (!_options.Reconnect) return ExitCodes.ConnectionLost;
        _reconnecting = new CancellationTokenSource();
        _ = new Reconnection(_options, _connector, _inputs.Writer).RunAsync(_state.Name!, _reconnecting.Token);
        return null;
    }

    private void Start(ChatConnection connection, LoginResult login)
    {
        _connection = connection;
        _state.Name = login.Name;
        _state.Reset(login.Online);
        _output.SetPrompt(_state.Prompt);
        _output.Show(EventFormatter.Info($"connected to {connection.Remote} as ", login.Name!));
        _output.Show(login.Alone ? EventFormatter.Info("nobody else is online yet")
            : EventFormatter.Info($"online ({login.Online.Count}): ", string.Join(", ", login.Online)));
        _ = PumpAsync(connection);
    }

    private async Task PumpAsync(ChatConnection connection)
    {
        await foreach (var e in connection.ReadEventsAsync().ConfigureAwait(false))
            _inputs.Writer.TryWrite(new SessionInput.Event(e, connection));
        _inputs.Writer.TryWrite(new SessionInput.Ended(await connection.Closed.ConfigureAwait(false), connection));
    }
}
