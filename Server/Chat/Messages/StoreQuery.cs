using ActorChat.Server.Storage;

namespace ActorChat.Server.Chat.Messages;

/// <summary>
/// Connection to registry: run <paramref name="Run"/> against the store and answer its lines through
/// <see cref="Owed"/>, so that an answer that waits for the disk keeps its place among the connection's answers.
/// </summary>
internal sealed record StoreQuery(Func<IChatStore, Task<ReadOnlyMemory<byte>>> Run);

/// <summary>Connection to registry: answer <c>WHOLAST</c> for <paramref name="Minutes"/>, the asker excluded.</summary>
internal sealed record WhoLast(int Minutes);
