namespace ActorChat.Actors;

/// <summary>The producer behind <see cref="Props.Create{TActor}(SupervisorStrategy?)"/> and its siblings: a delegate,
/// nothing to release.</summary>
internal sealed class DelegateActorProducer(Type actorType, Func<ActorBase> factory) : IIndirectActorProducer
{
    public Type ActorType { get; } = actorType;

    public ActorBase Produce() => factory();

    public void Release(ActorBase actor)
    {
    }
}
