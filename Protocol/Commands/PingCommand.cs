using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>PING [token]</c>: liveness; the server answers <c>PONG [token]</c> with the same token.</summary>
public sealed class PingCommand : Command
{
    /// <summary>Creates the command.</summary>
    /// <param name="token">The token, the rest of the line after <c>PING </c> (it may contain spaces). Null, empty or only spaces for none; no LF.</param>
    public PingCommand(string? token)
    {
        Token = Arguments.OptionalText(token, nameof(token));
    }

    /// <summary>The command without a token.</summary>
    public static PingCommand NoToken { get; } = new(null);

    /// <summary>The token, the rest of the line after <c>PING </c> (it may contain spaces). Null when none was given.</summary>
    public string? Token { get; }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Ping;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "PING"u8);
        if (Token is not null)
        {
            Utf8Output.Space(writer);
            Utf8Output.Text(writer, Token);
        }
    }
}
