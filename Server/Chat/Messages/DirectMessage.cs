using ActorChat.Server.Transport;

namespace ActorChat.Server.Chat.Messages;

/// <summary>
/// A <c>MSG</c> from one client: encoded once by the sender's connection and shared by every online recipient, with
/// the parts the store needs for the offline and history copies.
/// </summary>
/// <param name="From">The sender's name.</param>
/// <param name="Text">The text, for the store.</param>
/// <param name="SentAt">When the server accepted it (UTC).</param>
/// <param name="Line">The encoded <c>MSG from text</c> line, LF included.</param>
/// <param name="Recipients">The names as the sender wrote them.</param>
/// <param name="Credit">The sender's read-loop credit, handed back by the registry once it has routed the message.</param>
internal sealed record DirectMessage(
    string From, string Text, DateTimeOffset SentAt, ReadOnlyMemory<byte> Line, IReadOnlyList<string> Recipients,
    IInboundCredit? Credit = null);
