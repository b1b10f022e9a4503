using ActorChat.Actors;

namespace ActorChat.Server.Chat.Messages;

/// <summary>To the registry, then from it to every connection: the server is stopping, say <c>BYE shutdown</c>.</summary>
/// <remarks>
/// Not logged as a dead letter: with no connection left the actor system may stop the registry before it takes this,
/// and a connection may stop on its own just before; either way there is nobody left to say <c>BYE</c> to.
/// </remarks>
internal sealed class Shutdown : IDeadLetterSuppression
{
    /// <summary>The one instance.</summary>
    public static readonly Shutdown Instance = new();

    private Shutdown()
    {
    }
}

/// <summary>A connection's timer: time to check whether its client has gone quiet.</summary>
internal sealed class IdleCheck
{
    /// <summary>The one instance.</summary>
    public static readonly IdleCheck Instance = new();

    private IdleCheck()
    {
    }
}
