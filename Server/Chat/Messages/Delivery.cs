using ActorChat.Server.Transport;

namespace ActorChat.Server.Chat.Messages;

/// <summary>
/// A <c>BROADCAST</c> from one client to everyone else online, encoded once by the sender's connection and shared by
/// every recipient: the same instance goes to the registry and from there to each recipient's connection, so fan-out
/// allocates nothing per recipient. Direct messages travel as <see cref="DirectMessage"/>.
/// </summary>
/// <param name="From">The sender's name (a recipient that blocks it drops the line).</param>
/// <param name="Line">The encoded <c>BROADCAST from text</c> line, LF included.</param>
/// <param name="Credit">The sender's read-loop credit, handed back by the registry once it has routed the line.</param>
internal sealed record Delivery(string From, ReadOnlyMemory<byte> Line, IInboundCredit? Credit = null);
