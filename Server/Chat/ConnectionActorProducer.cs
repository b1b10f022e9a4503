using ActorChat.Actors;
using ActorChat.Server.Configuration;
using ActorChat.Server.Transport;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Chat;

/// <summary>
/// Builds one connection's <see cref="ConnectionActor"/>. A producer rather than <c>Props.Create(() =&gt; new ...)</c>:
/// that expression is built, taken apart and its constructor invoked by reflection at every connection, and what it
/// leaves for restarts (a delegate, two closures, the argument array) is kept as long as the connection lives.
/// </summary>
internal sealed class ConnectionActorProducer(
    IClientConnection connection, ServerSettings settings, ILogger log, ChatStorage? storage) : IIndirectActorProducer
{
    /// <inheritdoc />
    public Type ActorType => typeof(ConnectionActor);

    /// <inheritdoc />
    public ActorBase Produce() => new ConnectionActor(connection, settings, log, storage);

    /// <inheritdoc />
    public void Release(ActorBase actor)
    {
    }
}
