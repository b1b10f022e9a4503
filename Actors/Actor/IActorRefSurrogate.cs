namespace ActorChat.Actors;

/// <summary>An <see cref="IActorRef"/> that stands for another one (the TestKit's probes): the kernel watches,
/// stops and asks the underlying reference.</summary>
internal interface IActorRefSurrogate
{
    IActorRef Underlying { get; }
}
