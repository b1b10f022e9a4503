namespace ActorChat.Server.Chat.Messages;

/// <summary>Connection to registry: claim <paramref name="Name"/> for the sender.</summary>
internal sealed record Login(string Name);

/// <summary>Registry to connection: the name is yours, spelled <paramref name="Name"/>.</summary>
/// <param name="Name">The name as claimed.</param>
/// <param name="Online">Everyone online now, the new name included, in login order.</param>
internal sealed record LoginAccepted(string Name, IReadOnlyList<string> Online);

/// <summary>Registry to connection: refused; send <paramref name="Error"/> and close.</summary>
internal sealed record LoginRefused(Protocol.ErrEvent Error);
