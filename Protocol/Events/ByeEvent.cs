using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>BYE [reason]</c>: the server closes this connection.</summary>
public sealed class ByeEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="reason">Why (<c>shutdown</c>, <c>idle</c>, ...), the rest of the line. Null, empty or only spaces for none; no LF.</param>
    public ByeEvent(string? reason)
    {
        Reason = Arguments.OptionalText(reason, nameof(reason));
    }

    /// <summary>The line without a reason.</summary>
    public static ByeEvent NoReason { get; } = new(null);

    /// <summary>Why (<c>shutdown</c>, <c>idle</c>, ...), the rest of the line. Null when none was given.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Bye;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "BYE"u8);
        if (Reason is not null)
        {
            Utf8Output.Space(writer);
            Utf8Output.Text(writer, Reason);
        }
    }
}
