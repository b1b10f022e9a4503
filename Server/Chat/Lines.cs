using ActorChat.Protocol;

namespace ActorChat.Server.Chat;

/// <summary>
/// Every line the server sends, encoded through the Protocol's event types; the fixed ones encoded once per process.
/// A <c>MSG</c>'s line is written by <see cref="Messages.DirectMessage.Create"/>, in an array it shares with the
/// recipient's name.
/// </summary>
internal static class Lines
{
    /// <summary>The greeting sent on connect.</summary>
    public static readonly ReadOnlyMemory<byte> Greeting = new GreetingEvent("welcome; HELLO <name> to log in, HELP for commands").EncodeLine();

    /// <summary><c>ALONE</c>.</summary>
    public static readonly ReadOnlyMemory<byte> Alone = AloneEvent.Instance.EncodeLine();

    /// <summary><c>BYE</c>, the answer to <c>QUIT</c>.</summary>
    public static readonly ReadOnlyMemory<byte> Bye = ByeEvent.NoReason.EncodeLine();

    /// <summary><c>BYE shutdown</c>.</summary>
    public static readonly ReadOnlyMemory<byte> ByeShutdown = new ByeEvent("shutdown").EncodeLine();

    /// <summary><c>BYE idle</c>.</summary>
    public static readonly ReadOnlyMemory<byte> ByeIdle = new ByeEvent("idle").EncodeLine();

    /// <summary><c>PONG</c> without a token.</summary>
    public static readonly ReadOnlyMemory<byte> Pong = PongEvent.NoToken.EncodeLine();

    /// <summary>The answer to <c>HELP</c>: the Protocol's <c>HELP</c> lines, one per command.</summary>
    public static readonly ReadOnlyMemory<byte> Help = CommandHelp.Lines.SelectMany(h => h.EncodeLine().ToArray()).ToArray();

    /// <summary><c>ERR store-failed</c>: the store could not do what the line asked (see docs/protocol.md).</summary>
    public static readonly ReadOnlyMemory<byte> StoreFailed = new ErrEvent("store-failed").EncodeLine();

    /// <summary><c>ERR not-paired</c>.</summary>
    public static readonly ReadOnlyMemory<byte> NotPaired = new ErrEvent(ErrorCodes.NotPaired).EncodeLine();

    /// <summary><c>ERR rate-limited</c>.</summary>
    public static readonly ReadOnlyMemory<byte> RateLimited = ErrEvent.RateLimited.EncodeLine();

    /// <summary><c>ERR line-too-long</c>.</summary>
    public static readonly ReadOnlyMemory<byte> LineTooLong = ErrEvent.LineTooLong.EncodeLine();

    /// <summary><c>ERR bad-encoding</c>.</summary>
    public static readonly ReadOnlyMemory<byte> BadEncoding = ErrEvent.BadEncoding.EncodeLine();

    /// <summary><c>ERR not-logged-in</c>.</summary>
    public static readonly ReadOnlyMemory<byte> NotLoggedIn = ErrEvent.NotLoggedIn.EncodeLine();

    /// <summary><c>ERR already-logged-in</c>.</summary>
    public static readonly ReadOnlyMemory<byte> AlreadyLoggedIn = ErrEvent.AlreadyLoggedIn.EncodeLine();

    /// <summary>The line for <paramref name="error"/>.</summary>
    public static ReadOnlyMemory<byte> Err(ErrEvent error) => error.EncodeLine();

    /// <summary><c>ERR no-such-user &lt;name&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> NoSuchUser(string name) => new ErrEvent(ErrorCodes.NoSuchUser, name).EncodeLine();

    /// <summary><c>ERR name-taken &lt;name&gt;</c>.</summary>
    public static ErrEvent NameTaken(string name) => new(ErrorCodes.NameTaken, name);

    /// <summary><c>HI &lt;name&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Hi(string name) => new HiEvent(name).EncodeLine();

    /// <summary><c>LIST &lt;names&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> List(IReadOnlyList<string> names) => new ListEvent(names).EncodeLine();

    /// <summary><c>WHOELSE &lt;names&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> WhoElse(IReadOnlyList<string> names) => new WhoElseEvent(names).EncodeLine();

    /// <summary><c>JOINED &lt;name&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Joined(string name) => new JoinedEvent(name).EncodeLine();

    /// <summary><c>LEFT &lt;name&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Left(string name) => new LeftEvent(name).EncodeLine();

    /// <summary><c>BROADCAST &lt;from&gt; &lt;text&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Broadcast(string from, string text) => new BroadcastEvent(from, text).EncodeLine();

    /// <summary><c>PING &lt;token&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Ping(string token) => new PingEvent(token).EncodeLine();

    /// <summary><c>PONG &lt;token&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> PongWith(string token) => new PongEvent(token).EncodeLine();

    /// <summary>One <c>QUEUED &lt;to&gt;</c> line per name.</summary>
    public static ReadOnlyMemory<byte> Queued(IReadOnlyList<string> names) =>
        names.SelectMany(n => new QueuedEvent(n).EncodeLine().ToArray()).ToArray();

    /// <summary><c>WHOLAST &lt;minutes&gt; &lt;names&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> WhoLast(int minutes, IEnumerable<string> names) =>
        new WhoLastEvent(minutes, names.ToArray()).EncodeLine();

    /// <summary><c>OFFLINE &lt;utc-time&gt; &lt;from&gt; &lt;text&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Offline(DateTimeOffset sentAt, string from, string text) =>
        new OfflineEvent(sentAt.UtcDateTime, from, text).EncodeLine();

    /// <summary><c>INBOX ...</c> per message, then <c>INBOX-END &lt;count&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Inbox(IReadOnlyList<Storage.StoredMessage> messages)
    {
        var bytes = new List<byte>();
        foreach (var m in messages) bytes.AddRange(new InboxEvent(m.SentAt.UtcDateTime, m.From, m.To, m.Text).EncodeLine());
        bytes.AddRange(new InboxEndEvent(messages.Count).EncodeLine());
        return bytes.ToArray();
    }

    /// <summary><c>SAY &lt;from&gt; &lt;text&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Say(string from, string text) => new SayEvent(from, text).EncodeLine();

    /// <summary><c>PAIR-PENDING &lt;name&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> PairPending(string name) => new PairPendingEvent(name).EncodeLine();

    /// <summary><c>PAIR-REQUEST &lt;from&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> PairRequest(string from) => new PairRequestEvent(from).EncodeLine();

    /// <summary><c>PAIRED &lt;name&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Paired(string name) => new PairedEvent(name).EncodeLine();

    /// <summary><c>UNPAIRED &lt;name&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Unpaired(string name) => new UnpairedEvent(name).EncodeLine();

    /// <summary><c>BLOCKED &lt;name&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Blocked(string name) => new BlockedEvent(name).EncodeLine();

    /// <summary><c>UNBLOCKED &lt;name&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Unblocked(string name) => new UnblockedEvent(name).EncodeLine();

    /// <summary><c>ERR &lt;code&gt; &lt;detail&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Err(string code, string detail) => new ErrEvent(code, detail).EncodeLine();
}
