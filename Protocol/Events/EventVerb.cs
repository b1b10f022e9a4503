namespace ActorChat.Protocol;

/// <summary>The verbs of the lines a server sends (PROTOCOL.md, "Session", "Commands" and "Events").</summary>
public enum EventVerb
{
    /// <summary>A verb this version does not know (<see cref="UnknownEvent"/>): the project may add verbs.</summary>
    Unknown,

    /// <summary><c>HELLO ActorChat 1 &lt;free text&gt;</c>: the greeting.</summary>
    Greeting,

    /// <summary><c>HI &lt;name&gt;</c>: logged in.</summary>
    Hi,

    /// <summary><c>LIST &lt;name&gt; ...</c>: everyone online, self included.</summary>
    List,

    /// <summary><c>ALONE</c>: nobody else is online.</summary>
    Alone,

    /// <summary><c>WHOELSE &lt;name&gt; ...</c>: everyone else online.</summary>
    WhoElse,

    /// <summary><c>WHOLAST &lt;minutes&gt; &lt;name&gt; ...</c>.</summary>
    WhoLast,

    /// <summary><c>MSG &lt;from&gt; &lt;text&gt;</c>: a direct message.</summary>
    Msg,

    /// <summary><c>BROADCAST &lt;from&gt; &lt;text&gt;</c>.</summary>
    Broadcast,

    /// <summary><c>SAY &lt;from&gt; &lt;text&gt;</c>: from the pair partner.</summary>
    Say,

    /// <summary><c>OFFLINE &lt;utc-time&gt; &lt;from&gt; &lt;text&gt;</c>: a message stored while offline.</summary>
    Offline,

    /// <summary><c>JOINED &lt;name&gt;</c>.</summary>
    Joined,

    /// <summary><c>LEFT &lt;name&gt;</c>.</summary>
    Left,

    /// <summary><c>PAIR-REQUEST &lt;from&gt;</c>.</summary>
    PairRequest,

    /// <summary><c>PAIR-PENDING &lt;name&gt;</c>.</summary>
    PairPending,

    /// <summary><c>PAIRED &lt;name&gt;</c>.</summary>
    Paired,

    /// <summary><c>UNPAIRED &lt;name&gt;</c>.</summary>
    Unpaired,

    /// <summary><c>QUEUED &lt;to&gt;</c>: stored for an offline recipient.</summary>
    Queued,

    /// <summary><c>BLOCKED &lt;name&gt;</c>.</summary>
    Blocked,

    /// <summary><c>UNBLOCKED &lt;name&gt;</c>.</summary>
    Unblocked,

    /// <summary><c>INBOX &lt;utc-time&gt; &lt;from&gt; &lt;to&gt; &lt;text&gt;</c>: one stored message.</summary>
    Inbox,

    /// <summary><c>INBOX-END &lt;count&gt;</c>.</summary>
    InboxEnd,

    /// <summary><c>HELP &lt;text&gt;</c>.</summary>
    Help,

    /// <summary><c>PING &lt;token&gt;</c>: keepalive from the server.</summary>
    Ping,

    /// <summary><c>PONG [token]</c>.</summary>
    Pong,

    /// <summary><c>BYE [reason]</c>: the server closes the connection.</summary>
    Bye,

    /// <summary><c>ERR &lt;code&gt; [detail]</c>.</summary>
    Err,
}
