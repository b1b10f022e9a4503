using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>INBOX &lt;utc-time&gt; &lt;from&gt; &lt;to&gt; &lt;text&gt;</c>: one stored direct message, in answer to <c>INBOX [n]</c>.</summary>
public sealed class InboxEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="sentAt">When the message was sent (see <see cref="ProtocolTime"/>; kept to the millisecond).</param>
    /// <param name="from">The sender's name.</param>
    /// <param name="to">The recipient's name (a token).</param>
    /// <param name="text">The text, verbatim: never empty nor only spaces, no LF.</param>
    public InboxEvent(DateTime sentAt, string from, string to, string text)
    {
        SentAt = sentAt;
        From = Arguments.Token(from, nameof(from));
        To = Arguments.Token(to, nameof(to));
        Text = Arguments.Text(text, nameof(text));
    }

    /// <summary>When the message was sent, as given (the wire carries it in UTC to the millisecond).</summary>
    public DateTime SentAt { get; }

    /// <summary>The sender's name.</summary>
    public string From { get; }

    /// <summary>The recipient's name.</summary>
    public string To { get; }

    /// <summary>The text, verbatim.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Inbox;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "INBOX "u8);
        Utf8Output.Time(writer, SentAt);
        Utf8Output.Space(writer);
        Utf8Output.Text(writer, From);
        Utf8Output.Space(writer);
        Utf8Output.Text(writer, To);
        Utf8Output.Space(writer);
        Utf8Output.Text(writer, Text);
    }
}
