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
    // A parsed command keeps the text as it came, in UTF-8: the server passes it on to the recipients' line and to
    // history without ever needing it as a string. Each form is made from the other on first use. A parsed command
    // to one name keeps the name in the same bytes, before the text, and makes the string only when asked: a server
    // can route by the bytes (Utf8SoleRecipient).
    private string? _text;
    private byte[]? _utf8Text;
    private int _textStart;
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
    /// The parser's, for one recipient: <paramref name="utf8Arguments"/> is the name, a space and the text (valid
    /// UTF-8, not only spaces, without LF), the name non-empty and without a comma or space.
    /// </summary>
    internal MsgCommand(byte[] utf8Arguments, int textStart)
    {
        _utf8Text = utf8Arguments;
        _textStart = textStart;
    }

    /// <summary>The recipients, in the order sent, at least one.</summary>
    public IReadOnlyList<string> Recipients =>
        _recipients ??= [Encoding.UTF8.GetString(_utf8Text.AsSpan(0, _textStart - 1))];

    /// <summary>
    /// The recipient's name as sent, in UTF-8, when the command was parsed with exactly one; empty for several, or for
    /// a command made in code (<see cref="Recipients"/> has them all). A server can look the name up by these bytes
    /// without making a string of it.
    /// </summary>
    public ReadOnlySpan<byte> Utf8SoleRecipient =>
        _textStart > 0 ? _utf8Text.AsSpan(0, _textStart - 1) : default;

    /// <summary>The text, verbatim.</summary>
    public string Text => _text ??= Encoding.UTF8.GetString(Utf8Text.Span);

    /// <summary>The text, verbatim, as UTF-8.</summary>
    public ReadOnlyMemory<byte> Utf8Text =>
        (_utf8Text ??= Encoding.UTF8.GetBytes(_text!)).AsMemory(_textStart);

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
