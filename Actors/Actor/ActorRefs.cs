namespace ActorChat.Actors;

/// <summary>Well-known actor references.</summary>
public static class ActorRefs
{
    /// <summary>A reference that points to no actor; messages told to it are dropped, watching it yields <see cref="Terminated"/>.</summary>
    public static readonly IActorRef Nobody = ActorChat.Actors.Nobody.Instance;

    /// <summary>The sender to use when there is none (null, as in Akka.NET); receivers then see <c>DeadLetters</c>.</summary>
    public static readonly IActorRef? NoSender = null;
}
