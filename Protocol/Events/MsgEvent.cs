using System.Buffers;
using System.Text;

namespace ActorChat.Protocol;

/// <summary><c>MSG &lt;from&gt; &lt;text&gt;</c>: a direct message.</summary>
public sealed class MsgEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="from">The sender's name.</param>
    /// <param name="text">The text, verbatim: never empty nor only spaces, no LF.</param>
    public MsgEvent(string from, string text)
    {
        From = Arguments.Token(from, nameof(from));
        Text = Arguments.Text(text, nameof(text));
    }

    /// <summary>The sender's name.</summary>
    public string From { get; }

    /// <summary>The text, verbatim.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Msg;

    /// <summary>
    /// The line, LF included, in a new array of exactly its size, from a text already in UTF-8 (such as a parsed
    /// <see cref="MsgCommand.Utf8Text"/>): what <see cref="ServerEvent.EncodeLine"/> gives, without the event, a string
    /// or a scratch buffer.
    /// </summary>
    /// <param name="from">The sender's name.</param>
    /// <param name="utf8Text">The text, verbatim: valid UTF-8, never empty nor only spaces, no LF.</param>
    public static byte[] EncodeLine(string from, ReadOnlySpan<byte> utf8Text)
    {
        var line = new byte[GetLineLength(from, utf8Text)];
        EncodeLine(from, utf8Text, line);
        return line;
    }

    /// <summary>The length in bytes of the line <see cref="EncodeLine(string, ReadOnlySpan{byte}, Span{byte})"/> writes.</summary>
    /// <param name="from">The sender's name.</param>
    /// <param name="utf8Text">The text in UTF-8.</param>
    public static int GetLineLength(string from, ReadOnlySpan<byte> utf8Text) =>
        "MSG ".Length + Encoding.UTF8.GetByteCount(from) + 1 + utf8Text.Length + 1;

    /// <summary>
    /// Writes the line, LF included, at the start of <paramref name="destination"/> and returns its length: for a
    /// caller that keeps the line in a buffer of its own, with other bytes after it.
    /// </summary>
    /// <param name="from">The sender's name.</param>
    /// <param name="utf8Text">The text, verbatim: valid UTF-8, never empty nor only spaces, no LF.</param>
    /// <param name="destination">At least <see cref="GetLineLength"/> bytes.</param>
    public static int EncodeLine(string from, ReadOnlySpan<byte> utf8Text, Span<byte> destination)
    {
        Arguments.Token(from, nameof(from));
        Arguments.Utf8Text(utf8Text, nameof(utf8Text));
        return WriteLine(from, utf8Text, destination);
    }

    /// <summary>
    /// <see cref="EncodeLine(string, ReadOnlySpan{byte}, Span{byte})"/> for a text the parser has checked already
    /// (a parsed <see cref="MsgCommand"/>'s): a message's text is not scanned again on its way out.
    /// </summary>
    internal static int EncodeLineOfCheckedText(string from, ReadOnlySpan<byte> utf8Text, Span<byte> destination)
    {
        Arguments.Token(from, nameof(from));
        return WriteLine(from, utf8Text, destination);
    }

    private static int WriteLine(string from, ReadOnlySpan<byte> utf8Text, Span<byte> destination)
    {
        // The name is measured by encoding it, not counted first: a destination too small for the prefix throws
        // there, one too small for the rest below.
        "MSG "u8.CopyTo(destination);
        int fromEnd = "MSG ".Length + Encoding.UTF8.GetBytes(from, destination["MSG ".Length..]);
        int length = fromEnd + 1 + utf8Text.Length + 1;
        if (destination.Length < length)
        {
            throw new ArgumentException($"The line takes {length} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        destination[fromEnd] = (byte)' ';
        utf8Text.CopyTo(destination[(fromEnd + 1)..]);
        destination[length - 1] = (byte)'\n';
        return length;
    }

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "MSG "u8);
        Utf8Output.Text(writer, From);
        Utf8Output.Space(writer);
        Utf8Output.Text(writer, Text);
    }
}
