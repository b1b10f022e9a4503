using System.Text;
using ActorChat.Server.Transport;

namespace ActorChat.Server.Chat.Messages;

/// <summary>
/// A <c>MSG</c> from one client: encoded once by the sender's connection and shared by every online recipient, with
/// the parts the store needs for the offline and history copies.
/// </summary>
/// <param name="From">The sender's name.</param>
/// <param name="SentAt">When the server accepted it (UTC).</param>
/// <param name="Line">The encoded <c>MSG from text</c> line, LF included.</param>
/// <param name="Recipients">The names as the sender wrote them.</param>
/// <param name="Credit">The sender's read-loop credit, handed back by the registry once it has routed the message.</param>
internal sealed record DirectMessage(
    string From, DateTimeOffset SentAt, ReadOnlyMemory<byte> Line, IReadOnlyList<string> Recipients,
    IInboundCredit? Credit = null)
{
    /// <summary>
    /// The text in UTF-8, for history: the part of <see cref="Line"/> after <c>MSG from </c> (a name has no space),
    /// without the LF. Taken from the line rather than kept beside it, so that a message carries its text once.
    /// </summary>
    public ReadOnlyMemory<byte> Utf8Text
    {
        get
        {
            var start = "MSG ".Length + Line.Span["MSG ".Length..].IndexOf((byte)' ') + 1;
            return Line[start..^1];
        }
    }

    /// <summary>The text, decoded: for the offline copies, which are the rare case.</summary>
    public string Text => Encoding.UTF8.GetString(Utf8Text.Span);
}
