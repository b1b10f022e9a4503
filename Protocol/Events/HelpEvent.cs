using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>HELP &lt;text&gt;</c>: one line of the list of commands.</summary>
public sealed class HelpEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="text">The help text, the rest of the line. Never empty nor only spaces, no LF.</param>
    public HelpEvent(string text)
    {
        Text = Arguments.Text(text, nameof(text));
    }

    /// <summary>The help text, the rest of the line.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Help;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "HELP "u8);
        Utf8Output.Text(writer, Text);
    }
}
