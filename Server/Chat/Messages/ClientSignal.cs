namespace ActorChat.Server.Chat.Messages;

/// <summary>
/// Something the read loop tells a connection actor that is not a parsed command: a line it refused, or the end of
/// the stream. Singletons, so the read loop allocates nothing for them.
/// </summary>
internal sealed class ClientSignal
{
    /// <summary>A line over <c>max-line-bytes</c>: answer <c>ERR line-too-long</c>.</summary>
    public static readonly ClientSignal LineTooLong = new("line-too-long", counts: true);

    /// <summary>A line that is not UTF-8: answer <c>ERR bad-encoding</c>.</summary>
    public static readonly ClientSignal BadEncoding = new("bad-encoding", counts: true);

    /// <summary>A line over <c>max-lines-per-second</c>: answer <c>ERR rate-limited</c>, do nothing else.</summary>
    public static readonly ClientSignal RateLimited = new("rate-limited", counts: true);

    /// <summary>The client closed the connection or it broke.</summary>
    public static readonly ClientSignal TransportClosed = new("transport-closed", counts: false);

    private ClientSignal(string name, bool counts)
    {
        Name = name;
        CountsAsInbound = counts;
    }

    /// <summary>The signal's name; for the refusals, also the error code the client gets.</summary>
    public string Name { get; }

    /// <summary>True when the read loop counted this signal as an inbound line (see <c>InboundHandled</c>).</summary>
    public bool CountsAsInbound { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
