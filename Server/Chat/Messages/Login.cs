namespace ActorChat.Server.Chat.Messages;

/// <summary>Connection to registry: claim <paramref name="Name"/> for the sender.</summary>
internal sealed record Login(string Name);

/// <summary>Registry to connection: the name is yours, spelled <paramref name="Name"/>.</summary>
/// <param name="Name">The name as claimed.</param>
/// <param name="Online">Everyone online now, the new name included, in login order; null when presence is not
/// announced (<c>announce-presence = off</c>): then no <c>LIST</c>/<c>ALONE</c> follows <c>HI</c>.</param>
/// <param name="Recorded">The store's write recording the login, or null without a store. Writes commit in the order
/// issued, so once it completes every offline message stored for the name before the login is committed too.</param>
internal sealed record LoginAccepted(string Name, IReadOnlyList<string>? Online, Task? Recorded = null);

/// <summary>Registry to connection: refused; send <paramref name="Error"/> and close.</summary>
internal sealed record LoginRefused(Protocol.ErrEvent Error);
