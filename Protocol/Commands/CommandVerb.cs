namespace ActorChat.Protocol;

/// <summary>The verbs a client sends (PROTOCOL.md, "Session" and "Commands").</summary>
public enum CommandVerb
{
    /// <summary><c>HELLO &lt;name&gt;</c>: log in.</summary>
    Hello,

    /// <summary><c>MSG &lt;to&gt;[,&lt;to&gt;...] &lt;text&gt;</c>: a direct message.</summary>
    Msg,

    /// <summary><c>BROADCAST &lt;text&gt;</c>: to everyone online but the sender.</summary>
    Broadcast,

    /// <summary><c>LIST</c>: who is online.</summary>
    List,

    /// <summary><c>WHOELSE</c>: who else is online.</summary>
    WhoElse,

    /// <summary><c>WHOLAST &lt;minutes&gt;</c>: who was online in the last N minutes.</summary>
    WhoLast,

    /// <summary><c>PAIR &lt;name&gt;</c>: ask to pair.</summary>
    Pair,

    /// <summary><c>SAY &lt;text&gt;</c>: to the pair partner.</summary>
    Say,

    /// <summary><c>UNPAIR</c>: end the pair or withdraw the request.</summary>
    Unpair,

    /// <summary><c>BLOCK &lt;name&gt;</c>.</summary>
    Block,

    /// <summary><c>UNBLOCK &lt;name&gt;</c>.</summary>
    Unblock,

    /// <summary><c>INBOX [n]</c>: the last n direct messages.</summary>
    Inbox,

    /// <summary><c>PING [token]</c>: liveness.</summary>
    Ping,

    /// <summary><c>HELP</c>: the list of commands.</summary>
    Help,

    /// <summary><c>QUIT [reason]</c>: leave.</summary>
    Quit,

    /// <summary>
    /// <c>PONG [token]</c>: a client's answer to the server's <c>PING &lt;token&gt;</c> (the spec's events table asks
    /// for it; the server does not answer it).
    /// </summary>
    Pong,
}
