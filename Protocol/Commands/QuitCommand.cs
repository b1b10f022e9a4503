using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>QUIT [reason]</c>: leave; the server answers <c>BYE</c> and closes.</summary>
public sealed class QuitCommand : Command
{
    /// <summary>Creates the command.</summary>
    /// <param name="reason">Why, as free text (the rest of the line). Null, empty or only spaces for none; no LF.</param>
    public QuitCommand(string? reason)
    {
        Reason = Arguments.OptionalText(reason, nameof(reason));
    }

    /// <summary>The command without a reason.</summary>
    public static QuitCommand NoReason { get; } = new(null);

    /// <summary>Why, as free text (the rest of the line). Null when none was given.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Quit;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "QUIT"u8);
        if (Reason is not null)
        {
            Utf8Output.Space(writer);
            Utf8Output.Text(writer, Reason);
        }
    }
}
