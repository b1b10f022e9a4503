using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>PONG [token]</c>: the answer to the server's <c>PING &lt;token&gt;</c>, with its token; the server does not answer it.</summary>
public sealed class PongCommand : Command
{
    /// <summary>Creates the command.</summary>
    /// <param name="token">The token, the rest of the line after <c>PONG </c> (it may contain spaces). Null, empty or only spaces for none; no LF.</param>
    public PongCommand(string? token)
    {
        Token = Arguments.OptionalText(token, nameof(token));
    }

    /// <summary>The command without a token.</summary>
    public static PongCommand NoToken { get; } = new(null);

    /// <summary>The token, the rest of the line after <c>PONG </c> (it may contain spaces). Null when none was given.</summary>
    public string? Token { get; }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Pong;

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
