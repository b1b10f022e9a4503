namespace ActorChat.LoadTest.Options;

/// <summary>The wire protocol the harness speaks.</summary>
public enum ChatProtocolKind
{
    /// <summary>ActorChat's line protocol (PROTOCOL.md).</summary>
    ActorChat,

    /// <summary>IRC (RFC 1459/2812 client subset: NICK/USER, PRIVMSG, JOIN, PING/PONG).</summary>
    Irc,
}
