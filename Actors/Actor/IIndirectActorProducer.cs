namespace ActorChat.Actors;

/// <summary>
/// Builds an actor's instances in code of its own (Akka.NET's <c>IIndirectActorProducer</c>, given to
/// <see cref="Props.CreateBy"/>): for actors made so often that neither an expression nor reflection should be paid for
/// each one, and for factories that must learn when an instance is done with.
/// </summary>
public interface IIndirectActorProducer
{
    /// <summary>The type of the actors it produces.</summary>
    Type ActorType { get; }

    /// <summary>A fresh instance: called when the actor is created and at every restart.</summary>
    ActorBase Produce();

    /// <summary>Called when an instance it produced is done with: after its <c>PostStop</c>, or after its
    /// <c>PreRestart</c> when a restart replaces it.</summary>
    void Release(ActorBase actor);
}
