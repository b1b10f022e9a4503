namespace ActorChat.Floor;

/// <summary>One client of a floor server, as the <see cref="Relay"/> sees it.</summary>
internal interface IFloorConnection
{
    /// <summary>The name the client said <c>HELLO</c> with, in UTF-8; empty before that.</summary>
    byte[] Name { get; set; }

    /// <summary>Sends <paramref name="line"/> (LF included) at once, on the calling thread.</summary>
    void Send(ReadOnlySpan<byte> line);
}
