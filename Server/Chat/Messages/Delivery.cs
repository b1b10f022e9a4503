namespace ActorChat.Server.Chat.Messages;

/// <summary>
/// A chat line from one client to others, encoded once by the sender's connection and shared by every recipient:
/// the same instance goes to the registry and from there to each recipient's connection, so fan-out allocates
/// nothing per recipient.
/// </summary>
/// <param name="From">The sender's name (issue 5 filters blocked senders by it).</param>
/// <param name="Line">The encoded line, LF included (<c>MSG from text</c> or <c>BROADCAST from text</c>).</param>
/// <param name="Recipients">The names to deliver to, or null for a broadcast to everyone but the sender.</param>
internal sealed record Delivery(string From, ReadOnlyMemory<byte> Line, IReadOnlyList<string>? Recipients);
