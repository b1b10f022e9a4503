using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>PING &lt;token&gt;</c>: keepalive from the server; the client answers <c>PONG &lt;token&gt;</c>.</summary>
public sealed class PingEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="token">The token, the rest of the line. Never empty nor only spaces, no LF.</param>
    public PingEvent(string token)
    {
        Token = Arguments.Text(token, nameof(token));
    }

    /// <summary>The token, the rest of the line.</summary>
    public string Token { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Ping;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "PING "u8);
        Utf8Output.Text(writer, Token);
    }
}
