using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>PONG [token]</c>: the answer to the client's <c>PING [token]</c>, with its token.</summary>
public sealed class PongEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="token">The token, the rest of the line. Null, empty or only spaces for none; no LF.</param>
    public PongEvent(string? token)
    {
        Token = Arguments.OptionalText(token, nameof(token));
    }

    /// <summary>The line without a token.</summary>
    public static PongEvent NoToken { get; } = new(null);

    /// <summary>The token, the rest of the line. Null when none was given.</summary>
    public string? Token { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Pong;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "PONG"u8);
        if (Token is not null)
        {
            Utf8Output.Space(writer);
            Utf8Output.Text(writer, Token);
        }
    }
}
