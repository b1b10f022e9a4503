using System.Buffers;
using System.Text;

namespace ActorChat.Protocol;

/// <summary>
/// <c>MSG &lt;to&gt;[,&lt;to&gt;...] &lt;text&gt;</c>: a direct message to one or several names.
/// </summary>
/// <remarks>
/// Recipient names are kept as sent and are not checked against the name rules: a name that breaks them has never
/// logged in, so the server answers <c>ERR no-such-user &lt;to&gt;</c> for it like for any other unknown name, and
/// still delivers to the other recipients. The parser removes repeated names (case-insensitively, keeping the first
/// spelling and the order), so nobody receives one message twice.
/// </remarks>
public sealed class MsgCommand : Command
{
    /// <summary>
    /// Bytes a parsed command to one name keeps free before its text: <c>MSG </c>, the longest name and a space, the
    /// prefix of the event a server makes of it (<see cref="TryEncodeEventInPlace"/>).
    /// </summary>
    internal const int EventPrefixRoom = 4 + ChatName.MaxLength + 1;

    // A parsed command keeps the text as it came, in UTF-8: the server passes it on to the recipients' line and to
    // history without ever needing it as a string. Each form is made from the other on first use. A parsed command
    // to one name lays out one array as [room for the event's prefix][text][LF][name], so that the server's MSG
    // event is written around the text where it lies, and makes the name a string only when asked: a server can
    // route by the bytes (Utf8SoleRecipient). _textStart > 0 marks that form; otherwise the text is the whole array.
    private string? _text;
    private byte[]? _utf8Text;
    private int _textStart;
    private int _textEnd;
    private IReadOnlyList<string>? _recipients;

    /// <summary>Creates a message to one recipient.</summary>
    /// <param name="recipient">The name to send to.</param>
    /// <param name="text">The text, verbatim: never empty nor only spaces, no LF.</param>
    public MsgCommand(string recipient, string text)
        : this([recipient], text)
    {
    }

    /// <summary>Creates a message to one or several recipients.</summary>
    /// <param name="recipients">At least one name; none empty, none with a comma, space or LF.</param>
    /// <param name="text">The text, verbatim: never empty nor only spaces, no LF.</param>
    public MsgCommand(IReadOnlyList<string> recipients, string text)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        if (recipients.Count == 0)
        {
            throw new ArgumentException("A message has at least one recipient.", nameof(recipients));
        }

        for (int i = 0; i < recipients.Count; i++)
        {
            Arguments.ListedName(recipients[i], nameof(recipients));
        }

        _recipients = recipients;
        _text = Arguments.Text(text, nameof(text));
    }

    /// <summary>The parser's: <paramref name="utf8Text"/> is valid UTF-8, not only spaces, without LF.</summary>
    internal MsgCommand(string[] recipients, byte[] utf8Text)
    {
        _recipients = recipients;
        _utf8Text = utf8Text;
    }

    /// <summary>
    /// The parser's, for one recipient: <paramref name="utf8Recipient"/> is non-empty and without a comma or space,
    /// <paramref name="utf8Text"/> valid UTF-8, not only spaces, without LF.
    /// </summary>
    internal MsgCommand(ReadOnlySpan<byte> utf8Recipient, ReadOnlySpan<byte> utf8Text)
    {
        var bytes = new byte[EventPrefixRoom + utf8Text.Length + 1 + utf8Recipient.Length];
        utf8Text.CopyTo(bytes.AsSpan(EventPrefixRoom));
        _textStart = EventPrefixRoom;
        _textEnd = EventPrefixRoom + utf8Text.Length;
        bytes[_textEnd] = (byte)'\n';
        utf8Recipient.CopyTo(bytes.AsSpan(_textEnd + 1));
        _utf8Text = bytes;
    }

    /// <summary>The recipients, in the order sent, at least one.</summary>
    public IReadOnlyList<string> Recipients => _recipients ??= [Encoding.UTF8.GetString(Utf8SoleRecipient)];

    /// <summary>
    /// The recipient's name as sent, in UTF-8, when the command was parsed with exactly one; empty for several, or for
    /// a command made in code (<see cref="Recipients"/> has them all). A server can look the name up by these bytes
    /// without making a string of it.
    /// </summary>
    public ReadOnlySpan<byte> Utf8SoleRecipient => _textStart > 0 ? _utf8Text.AsSpan(_textEnd + 1) : default;

    /// <summary>The text, verbatim.</summary>
    public string Text => _text ??= Encoding.UTF8.GetString(Utf8Text.Span);

    /// <summary>The text, verbatim, as UTF-8.</summary>
    public ReadOnlyMemory<byte> Utf8Text =>
        _textStart > 0
            ? new ReadOnlyMemory<byte>(_utf8Text, _textStart, _textEnd - _textStart)
            : _utf8Text ??= Encoding.UTF8.GetBytes(_text!);

    /// <summary>
    /// Writes the server's event for this command, <c>MSG from text</c> and LF (<see cref="MsgEvent"/>), around the
    /// text where a parsed command to one name keeps it, so that a server passes the message on without copying it.
    /// In the same array the line is followed by the recipient's name (<see cref="Utf8SoleRecipient"/>).
    /// </summary>
    /// <remarks>Once per command, from the one thread that handles it: the line stays valid while the command lives.</remarks>
    /// <param name="from">The sender's name.</param>
    /// <param name="line">The line, LF included, in the command's own array.</param>
    /// <returns>
    /// False, with nothing written, for a command to several names or made in code, a sender's name longer than the
    /// room (more than <see cref="ChatName.MaxLength"/> bytes), or when the line was written already.
    /// </returns>
    public bool TryEncodeEventInPlace(string from, out ArraySegment<byte> line)
    {
        ArgumentNullException.ThrowIfNull(from);
        line = default;
        // The room's last byte is the prefix's space once written, and zero until then.
        if (_textStart == 0 || _utf8Text![_textStart - 1] != 0) return false;
        var text = _utf8Text.AsSpan(_textStart, _textEnd - _textStart);
        var length = MsgEvent.GetLineLength(from, text);
        var start = _textEnd + 1 - length;
        if (start < 0) return false;
        // The prefix ends where the text begins, so the text is copied onto itself.
        MsgEvent.EncodeLineOfCheckedText(from, text, _utf8Text.AsSpan(start, length));
        line = new ArraySegment<byte>(_utf8Text, start, length);
        return true;
    }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Msg;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "MSG "u8);
        for (int i = 0; i < Recipients.Count; i++)
        {
            if (i > 0)
            {
                Utf8Output.Byte(writer, (byte)',');
            }

            Utf8Output.Text(writer, Recipients[i]);
        }

        Utf8Output.Space(writer);
        // Whichever form the command holds: a command made from a string is transcoded straight into the writer.
        if (_utf8Text is not null)
        {
            Utf8Output.Bytes(writer, Utf8Text.Span);
        }
        else
        {
            Utf8Output.Text(writer, _text);
        }
    }
}
