using System.Buffers;

namespace ActorChat.Protocol;

/// <summary>
/// <c>OFFLINE &lt;utc-time&gt; &lt;from&gt; &lt;text&gt;</c>: a direct message stored while this name was offline, sent
/// right after <c>HI</c>, oldest first.
/// </summary>
public sealed class OfflineEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="sentAt">When the message was sent (see <see cref="ProtocolTime"/>; kept to the millisecond).</param>
    /// <param name="from">The sender's name.</param>
    /// <param name="text">The text, verbatim: never empty nor only spaces, no LF.</param>
    public OfflineEvent(DateTime sentAt, string from, string text)
    {
        SentAt = sentAt;
        From = Arguments.Token(from, nameof(from));
        Text = Arguments.Text(text, nameof(text));
    }

    /// <summary>When the message was sent, as given (the wire carries it in UTC to the millisecond).</summary>
    public DateTime SentAt { get; }

    /// <summary>The sender's name.</summary>
    public string From { get; }

    /// <summary>The text, verbatim.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Offline;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "OFFLINE "u8);
        Utf8Output.Time(writer, SentAt);
        Utf8Output.Space(writer);
        Utf8Output.Text(writer, From);
        Utf8Output.Space(writer);
        Utf8Output.Text(writer, Text);
    }
}
