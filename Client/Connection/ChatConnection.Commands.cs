using System.Buffers;
using System.Text;
using ActorChat.Protocol;

namespace ActorChat.Client;

// The sending side of ChatConnection: login, and one method per command. Each writes its line into the
// outbound buffer and returns once it is buffered; answers, if any, arrive as events.
public sealed partial class ChatConnection
{
    /// <summary>
    /// Sends <c>HELLO &lt;name&gt;</c> and reads the answer: <c>HI</c>, <c>LIST</c> and, when nobody else is online,
    /// <c>ALONE</c>; or the <c>ERR</c> that refused it. Events after the answer (stored <c>OFFLINE</c> messages
    /// first) are left for <see cref="ReadEventsAsync"/>. The name is sent as given (the server judges it), but it
    /// may not contain a space or a line break.
    /// </summary>
    public async Task<LoginResult> LoginAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.AsSpan().IndexOfAny(' ', '\n', '\r') >= 0) throw new ArgumentException("A name contains no space and no line break.", nameof(name));
        await WriteAsync(name, static (writer, n) => Line(writer, n.Length == 0 ? "HELLO" : "HELLO ", n), cancellationToken).ConfigureAwait(false);

        string? hi = null;
        IReadOnlyList<string>? online = null;
        var skipped = new List<ServerEvent>();
        try
        {
            while (await ReadEventAsync(cancellationToken).ConfigureAwait(false) is { } next)
            {
                switch (next)
                {
                    case HiEvent h when hi is null:
                        hi = h.Name;
                        break;
                    case ListEvent list when hi is not null && online is null:
                        online = list.Names;
                        if (online.Count > 1) return LoggedIn(hi, online, alone: false);
                        break;
                    case AloneEvent when online is not null:
                        return LoggedIn(hi!, online, alone: true);
                    case ErrEvent err when hi is null:
                        return new LoginResult(LoginError(err.Code), null, [], false, err);
                    default:
                        skipped.Add(next);
                        break;
                }
            }
            return new LoginResult(LoginStatus.Closed, null, [], false, null);
        }
        finally
        {
            foreach (var early in skipped) _putBack.Enqueue(early);
        }
    }

    /// <summary>Sends any command.</summary>
    public ValueTask SendAsync(Command command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return WriteAsync(command, static (writer, c) => c.WriteTo(writer), cancellationToken);
    }

    /// <summary><c>MSG &lt;to&gt; &lt;text&gt;</c>, written straight to the buffer (the load test's hot path).</summary>
    public ValueTask SendMsgAsync(string to, string text, CancellationToken cancellationToken = default)
    {
        CheckListedName(to);
        CheckText(text);
        return WriteAsync((to, text), static (writer, s) => Line(writer, "MSG ", s.to, " ", s.text), cancellationToken);
    }

    /// <summary><c>MSG &lt;to&gt;,&lt;to&gt;... &lt;text&gt;</c>: one message to several names.</summary>
    public ValueTask SendMsgAsync(IReadOnlyList<string> to, string text, CancellationToken cancellationToken = default) =>
        SendAsync(new MsgCommand(to, text), cancellationToken);

    /// <summary><c>BROADCAST &lt;text&gt;</c>: to everyone online but this connection.</summary>
    public ValueTask SendBroadcastAsync(string text, CancellationToken cancellationToken = default)
    {
        CheckText(text);
        return WriteAsync(text, static (writer, t) => Line(writer, "BROADCAST ", t), cancellationToken);
    }

    /// <summary><c>SAY &lt;text&gt;</c>: to the pair partner.</summary>
    public ValueTask SendSayAsync(string text, CancellationToken cancellationToken = default)
    {
        CheckText(text);
        return WriteAsync(text, static (writer, t) => Line(writer, "SAY ", t), cancellationToken);
    }

    /// <summary><c>LIST</c>: answered by a <see cref="ListEvent"/>.</summary>
    public ValueTask SendListAsync(CancellationToken cancellationToken = default) => SendAsync(ListCommand.Instance, cancellationToken);

    /// <summary><c>WHOELSE</c>: answered by a <see cref="WhoElseEvent"/>.</summary>
    public ValueTask SendWhoElseAsync(CancellationToken cancellationToken = default) => SendAsync(WhoElseCommand.Instance, cancellationToken);

    /// <summary><c>WHOLAST &lt;minutes&gt;</c>: answered by a <see cref="WhoLastEvent"/>.</summary>
    public ValueTask SendWhoLastAsync(int minutes, CancellationToken cancellationToken = default) =>
        SendAsync(new WhoLastCommand(minutes), cancellationToken);

    /// <summary><c>PAIR &lt;name&gt;</c>: answered by <see cref="PairPendingEvent"/> or <see cref="PairedEvent"/>, or an <c>ERR</c>.</summary>
    public ValueTask SendPairAsync(string name, CancellationToken cancellationToken = default) => SendAsync(new PairCommand(name), cancellationToken);

    /// <summary><c>UNPAIR</c>: answered by an <see cref="UnpairedEvent"/>.</summary>
    public ValueTask SendUnpairAsync(CancellationToken cancellationToken = default) => SendAsync(UnpairCommand.Instance, cancellationToken);

    /// <summary><c>BLOCK &lt;name&gt;</c>: answered by a <see cref="BlockedEvent"/>.</summary>
    public ValueTask SendBlockAsync(string name, CancellationToken cancellationToken = default) => SendAsync(new BlockCommand(name), cancellationToken);

    /// <summary><c>UNBLOCK &lt;name&gt;</c>: answered by an <see cref="UnblockedEvent"/>.</summary>
    public ValueTask SendUnblockAsync(string name, CancellationToken cancellationToken = default) => SendAsync(new UnblockCommand(name), cancellationToken);

    /// <summary><c>INBOX [n]</c>: answered by <see cref="InboxEvent"/>s and an <see cref="InboxEndEvent"/>; null asks for the server's default.</summary>
    public ValueTask SendInboxAsync(int? count = null, CancellationToken cancellationToken = default) =>
        SendAsync(count is { } n ? new InboxCommand(n) : InboxCommand.Default, cancellationToken);

    /// <summary><c>HELP</c>: answered by <see cref="HelpEvent"/>s.</summary>
    public ValueTask SendHelpAsync(CancellationToken cancellationToken = default) => SendAsync(HelpCommand.Instance, cancellationToken);

    /// <summary><c>PING [token]</c>: answered by a <see cref="PongEvent"/> with the same token.</summary>
    public ValueTask SendPingAsync(string? token = null, CancellationToken cancellationToken = default) =>
        SendAsync(token is null ? PingCommand.NoToken : new PingCommand(token), cancellationToken);

    private ValueTask SendPongAsync(string token) =>
        WriteAsync(token, static (writer, t) => Line(writer, "PONG ", t), _shutdown.Token);

    private LoginResult LoggedIn(string name, IReadOnlyList<string> online, bool alone)
    {
        Name = name;
        return new LoginResult(LoginStatus.LoggedIn, name, online, alone, null);
    }

    private static LoginStatus LoginError(string code) => code switch
    {
        ErrorCodes.NameEmpty => LoginStatus.NameEmpty,
        ErrorCodes.NameInvalid => LoginStatus.NameInvalid,
        ErrorCodes.NameTaken => LoginStatus.NameTaken,
        ErrorCodes.ServerFull => LoginStatus.ServerFull,
        ErrorCodes.AlreadyLoggedIn => LoginStatus.AlreadyLoggedIn,
        _ => LoginStatus.Refused,
    };

    private ValueTask WriteAsync<TState>(TState state, Action<IBufferWriter<byte>, TState> write, CancellationToken cancellationToken)
    {
        if (_disposed || _closed.Task.IsCompleted)
            return ValueTask.FromException(new ChatConnectionClosedException($"the connection to {Remote} is closed"));
        return _output.WriteAsync(state, write, cancellationToken);
    }

    private static void CheckListedName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.AsSpan().IndexOfAny(' ', ',', '\n') >= 0) throw new ArgumentException("A recipient contains no space, comma or LF.", nameof(name));
    }

    private static void CheckText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyExcept(' ') < 0) throw new ArgumentException("A text is never empty nor only spaces.", nameof(text));
        if (text.Contains('\n')) throw new ArgumentException("A text contains no LF.", nameof(text));
    }

    private static void Line(IBufferWriter<byte> writer, string a, string b, string c = "", string d = "")
    {
        var span = writer.GetSpan(Encoding.UTF8.GetMaxByteCount(a.Length + b.Length + c.Length + d.Length) + 1);
        var written = Encoding.UTF8.GetBytes(a, span);
        written += Encoding.UTF8.GetBytes(b, span[written..]);
        written += Encoding.UTF8.GetBytes(c, span[written..]);
        written += Encoding.UTF8.GetBytes(d, span[written..]);
        span[written++] = (byte)'\n';
        writer.Advance(written);
    }
}
