using ActorChat.Protocol;

namespace ActorChat.Server.Chat;

/// <summary>
/// Every line the server sends, encoded through the Protocol's event types; the fixed ones encoded once per process.
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

    /// <summary>The answer to <c>HELP</c>: one <c>HELP</c> line per command.</summary>
    public static readonly ReadOnlyMemory<byte> Help = Concat(
        "HELLO <name>                 log in",
        "MSG <to>[,<to>...] <text>    direct message to one or several names",
        "BROADCAST <text>             message to everyone online",
        "LIST                         who is online",
        "WHOELSE                      who else is online",
        "PING [token]                 liveness: PONG [token]",
        "PONG [token]                 answer to the server's PING, to stay connected when idle",
        "HELP                         this list",
        "QUIT [reason]                leave");

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

    /// <summary><c>MSG &lt;from&gt; &lt;text&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Msg(string from, string text) => new MsgEvent(from, text).EncodeLine();

    /// <summary><c>BROADCAST &lt;from&gt; &lt;text&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Broadcast(string from, string text) => new BroadcastEvent(from, text).EncodeLine();

    /// <summary><c>PING &lt;token&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> Ping(string token) => new PingEvent(token).EncodeLine();

    /// <summary><c>PONG &lt;token&gt;</c>.</summary>
    public static ReadOnlyMemory<byte> PongWith(string token) => new PongEvent(token).EncodeLine();

    private static byte[] Concat(params string[] help) =>
        help.SelectMany(h => new HelpEvent(h).EncodeLine()).ToArray();
}
