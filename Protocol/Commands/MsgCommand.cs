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
    // history without ever needing it as a string. Each form is made from the other on first use.
    private string? _text;
    private byte[]? _utf8Text;

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

        Recipients = recipients;
        _text = Arguments.Text(text, nameof(text));
    }

    /// <summary>The parser's: <paramref name="utf8Text"/> is valid UTF-8, not only spaces, without LF.</summary>
    internal MsgCommand(string[] recipients, byte[] utf8Text)
    {
        Recipients = recipients;
        _utf8Text = utf8Text;
    }

    /// <summary>The recipients, in the order sent, at least one.</summary>
    public IReadOnlyList<string> Recipients { get; }

    /// <summary>The text, verbatim.</summary>
    public string Text => _text ??= Encoding.UTF8.GetString(_utf8Text!);

    /// <summary>The text, verbatim, as UTF-8.</summary>
    public ReadOnlyMemory<byte> Utf8Text => _utf8Text ??= Encoding.UTF8.GetBytes(_text!);

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
        if (_utf8Text is { } utf8Text)
        {
            Utf8Output.Bytes(writer, utf8Text);
        }
        else
        {
            Utf8Output.Text(writer, _text);
        }
    }
}
