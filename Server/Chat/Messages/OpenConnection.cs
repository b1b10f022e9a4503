using ActorChat.Actors;
using ActorChat.Server.Transport;

namespace ActorChat.Server.Chat.Messages;

/// <summary>
/// To the registry: create the actor for a new connection. The answer is its <c>IActorRef</c>: set on
/// <paramref name="Opened"/> when given (no ask timeout: a busy registry answers late, never drops the connection),
/// else told to the sender.
/// </summary>
internal sealed record OpenConnection(IClientConnection Connection, TaskCompletionSource<IActorRef>? Opened = null);
