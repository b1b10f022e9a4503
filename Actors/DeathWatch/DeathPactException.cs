namespace ActorChat.Actors;

/// <summary>An actor did not handle the <see cref="Terminated"/> of an actor it watched; the default strategy stops it.</summary>
public sealed class DeathPactException : Exception
{
    /// <summary>Creates the exception for the dead actor.</summary>
    public DeathPactException(IActorRef deadActor) : base($"Monitored actor [{deadActor}] terminated") => DeadActor = deadActor;

    /// <summary>The watched actor that stopped.</summary>
    public IActorRef DeadActor { get; }
}
