namespace ActorChat.Server.Chat.Messages;

/// <summary>
/// To a connection: write this encoded line (LF included) to the client. <paramref name="ToMany"/> when the same line
/// goes to many connections at once (presence), so that it can share a flush with the lines that follow it.
/// </summary>
internal sealed record ToClient(ReadOnlyMemory<byte> Line, bool ToMany = false);

/// <summary>
/// Connection to registry and straight back: an answer the connection made itself, sent the long way round so that
/// it reaches the client after the answers the registry still owes for earlier lines.
/// </summary>
/// <param name="Line">The encoded answer.</param>
/// <param name="Sequence">The connection's count of requests to the registry when it sent this.</param>
internal sealed record Echo(ReadOnlyMemory<byte> Line, long Sequence);

/// <summary>Connection to registry: answer with <c>LIST</c> (<paramref name="IncludeSelf"/>) or <c>WHOELSE</c>.</summary>
internal sealed record Who(bool IncludeSelf);
