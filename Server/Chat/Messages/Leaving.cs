namespace ActorChat.Server.Chat.Messages;

/// <summary>
/// Connection to registry: this logged-in connection is ending; free its name now. The registry answers
/// <see cref="LeaveAck"/>, after which it routes nothing more to the connection: direct messages that reach it before
/// the ack are stored for the name, so none is lost between the client's last line and the name's release.
/// </summary>
internal sealed class Leaving
{
    /// <summary>The one instance.</summary>
    public static readonly Leaving Instance = new();

    private Leaving()
    {
    }
}

/// <summary>Registry to a leaving connection: the name is free and nothing more is routed to you.</summary>
internal sealed class LeaveAck
{
    /// <summary>The one instance.</summary>
    public static readonly LeaveAck Instance = new();

    private LeaveAck()
    {
    }
}

/// <summary>
/// A leaving connection to the registry, after <see cref="LeaveAck"/>: every direct message routed to it is written
/// or stored (their store writes issued), so messages held for its name may be stored after them.
/// </summary>
internal sealed class Drained
{
    /// <summary>The one instance.</summary>
    public static readonly Drained Instance = new();

    private Drained()
    {
    }
}
