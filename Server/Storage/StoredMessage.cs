namespace ActorChat.Server.Storage;

/// <summary>A direct message as stored: one recipient per stored message.</summary>
/// <param name="Id">Store-assigned, increasing in the order messages were appended.</param>
/// <param name="From">Sender name.</param>
/// <param name="To">Recipient name.</param>
/// <param name="SentAt">When the server accepted it, UTC, to the millisecond.</param>
/// <param name="Text">The message text.</param>
/// <param name="Delivered">Whether it was handed to the recipient's connection.</param>
public readonly record struct StoredMessage(long Id, string From, string To, DateTimeOffset SentAt, string Text, bool Delivered);
