using ActorChat.Server.Transport;

namespace ActorChat.Server.Chat.Messages;

/// <summary>To the registry: create the actor for a new connection; the answer is its <c>IActorRef</c>.</summary>
internal sealed record OpenConnection(IClientConnection Connection);
