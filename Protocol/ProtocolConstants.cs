namespace ActorChat.Protocol;

/// <summary>Fixed values of the ActorChat wire protocol, version 1.</summary>
public static class ProtocolConstants
{
    /// <summary>The protocol version the server announces in its greeting (<c>HELLO ActorChat 1 ...</c>).</summary>
    public const int Version = 1;

    /// <summary>The product word of the greeting line.</summary>
    public const string ProductName = "ActorChat";

    /// <summary>The default <c>max-line-bytes</c>: the longest line accepted, without its LF.</summary>
    public const int DefaultMaxLineBytes = 4096;
}
