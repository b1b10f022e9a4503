using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>BROADCAST &lt;from&gt; &lt;text&gt;</c>: a message to everyone online.</summary>
public sealed class BroadcastEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="from">The sender's name.</param>
    /// <param name="text">The text, verbatim: never empty nor only spaces, no LF.</param>
    public BroadcastEvent(string from, string text)
    {
        From = Arguments.Token(from, nameof(from));
        Text = Arguments.Text(text, nameof(text));
    }

    /// <summary>The sender's name.</summary>
    public string From { get; }

    /// <summary>The text, verbatim.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Broadcast;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "BROADCAST "u8);
        Utf8Output.Text(writer, From);
        Utf8Output.Space(writer);
        Utf8Output.Text(writer, Text);
    }
}
