namespace ActorChat.Server.Chat.Messages;

/// <summary>To the registry, then from it to every connection: the server is stopping, say <c>BYE shutdown</c>.</summary>
internal sealed class Shutdown
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
