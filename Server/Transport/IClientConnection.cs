using System.Net;

namespace ActorChat.Server.Transport;

/// <summary>
/// What a connection actor may do with its TCP connection, none of it blocking: hand over encoded lines, learn when
/// the client last sent anything, and ask for the connection to be closed. The transport does the I/O on its own
/// loops; tests replace it with a recording fake.
/// </summary>
internal interface IClientConnection : IInboundCredit
{
    /// <summary>The connection's id in logs (<c>c42</c>).</summary>
    string Id { get; }

    /// <summary>The client's address and port, when known.</summary>
    EndPoint? RemoteEndPoint { get; }

    /// <summary>The <see cref="System.Diagnostics.Stopwatch"/> timestamp of the last bytes received from the client.</summary>
    long LastReceived { get; }

    /// <summary>True once more output was handed over than <c>max-outbound-bytes</c> allows.</summary>
    bool Overflowed { get; }

    /// <summary>
    /// Bytes handed over and not yet flushed (after <see cref="Abort"/>: never sent). Lets a dropped slow consumer's
    /// actor tell which of its last lines were not written.
    /// </summary>
    long UnsentBytes => 0;

    /// <summary>
    /// Hands one encoded line (LF included) to the write loop; the bytes may be shared with other connections and are
    /// never modified. False when the line would exceed <c>max-outbound-bytes</c> (see <see cref="Overflowed"/>) or
    /// the connection is closing. With <paramref name="batch"/> (a line told to many connections at once) the line
    /// may wait for others to share its flush; without it, an idle write loop flushes it at once.
    /// </summary>
    bool TryWrite(ReadOnlyMemory<byte> line, bool batch = false);

    /// <summary>Sends what was handed over, then closes. Stops reading at once.</summary>
    void Close();

    /// <summary>Closes at once, discarding unsent output.</summary>
    void Abort();
}
