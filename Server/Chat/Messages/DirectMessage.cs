using System.Text;
using ActorChat.Protocol;
using ActorChat.Server.Transport;

namespace ActorChat.Server.Chat.Messages;

/// <summary>
/// A <c>MSG</c> from one client: encoded once by the sender's connection and shared by every online recipient, with
/// the parts the store needs for the offline and history copies.
/// </summary>
/// <remarks>
/// Small, because messages in flight are what the collector marks and promotes: the time as a <see cref="DateTime"/>
/// rather than a <see cref="DateTimeOffset"/>, and a message to one name carries that name's bytes after the line in
/// the line's own array rather than a list and a string (the registry looks the name up by its bytes). That array is
/// the parsed command's own, the line written around its text (<see cref="MsgCommand.TryEncodeEventInPlace"/>).
/// </remarks>
internal sealed class DirectMessage
{
    private readonly byte[] _buffer;
    private readonly int _lineStart;
    private readonly int _lineLength;
    private readonly DateTime _sentAt;

    private DirectMessage(
        string from, DateTime sentAt, byte[] buffer, int lineStart, int lineLength, IReadOnlyList<string>? recipients,
        IInboundCredit? credit)
    {
        From = from;
        _sentAt = sentAt;
        _buffer = buffer;
        _lineStart = lineStart;
        _lineLength = lineLength;
        Recipients = recipients;
        Credit = credit;
    }

    /// <summary>The message <paramref name="command"/> asks for, sent now by <paramref name="from"/>.</summary>
    public static DirectMessage Create(string from, MsgCommand command, IInboundCredit? credit)
    {
        if (command.TryEncodeEventInPlace(from, out var line))
            return new DirectMessage(from, DateTime.UtcNow, line.Array!, line.Offset, line.Count, null, credit);
        // Several names, or a command made in code: a line of its own, and the list.
        var text = command.Utf8Text.Span;
        var to = command.Utf8SoleRecipient;
        var lineLength = MsgEvent.GetLineLength(from, text);
        var buffer = new byte[lineLength + to.Length];
        MsgEvent.EncodeLine(from, text, buffer);
        to.CopyTo(buffer.AsSpan(lineLength));
        return new DirectMessage(from, DateTime.UtcNow, buffer, 0, lineLength, to.IsEmpty ? command.Recipients : null, credit);
    }

    /// <summary>The sender's name.</summary>
    public string From { get; }

    /// <summary>When the server accepted it (UTC).</summary>
    public DateTimeOffset SentAt => new(_sentAt);

    /// <summary>The encoded <c>MSG from text</c> line, LF included.</summary>
    public ReadOnlyMemory<byte> Line => new(_buffer, _lineStart, _lineLength);

    /// <summary>The names as the sender wrote them; null for a message to one name (see <see cref="Utf8Recipient"/>).</summary>
    public IReadOnlyList<string>? Recipients { get; }

    /// <summary>The one recipient's name as the sender wrote it, in UTF-8, when <see cref="Recipients"/> is null.</summary>
    public ReadOnlySpan<byte> Utf8Recipient => _buffer.AsSpan(_lineStart + _lineLength);

    /// <summary>The sender's read-loop credit, handed back by the registry once it has routed the message.</summary>
    public IInboundCredit? Credit { get; }

    /// <summary>
    /// The text in UTF-8, for history: the part of <see cref="Line"/> after <c>MSG from </c> (a name has no space),
    /// without the LF. Taken from the line rather than kept beside it, so that a message carries its text once.
    /// </summary>
    public ReadOnlyMemory<byte> Utf8Text
    {
        get
        {
            var line = _buffer.AsSpan(_lineStart, _lineLength);
            var start = "MSG ".Length + line["MSG ".Length..].IndexOf((byte)' ') + 1;
            return new ReadOnlyMemory<byte>(_buffer, _lineStart + start, _lineLength - 1 - start);
        }
    }

    /// <summary>The text, decoded: for the offline copies, which are the rare case.</summary>
    public string Text => Encoding.UTF8.GetString(Utf8Text.Span);
}
