namespace ActorChat.Server.Chat.Messages;

/// <summary>
/// Registry to connection, in line with its other answers: an answer with this id will come later (it waits for the
/// store or another connection). The connection holds every later answer until it is filled, so answers keep the
/// order of the lines they answer.
/// </summary>
internal sealed record Owed(long Id);

/// <summary>The answer promised by <see cref="Owed"/> <paramref name="Id"/>: zero or more encoded lines.</summary>
internal sealed record OwedAnswer(long Id, ReadOnlyMemory<byte> Lines);
