namespace ActorChat.Actors;

/// <summary>Shortcuts for creating actors (Akka.NET's <c>ActorRefFactoryExtensions</c>).</summary>
public static class ActorRefFactoryExtensions
{
    /// <summary>Creates an actor of <typeparamref name="TActor"/> with its parameterless constructor.</summary>
    public static IActorRef ActorOf<TActor>(this IActorRefFactory factory, string? name = null) where TActor : ActorBase, new() =>
        factory.ActorOf(Props.Create<TActor>(), name);

    internal static IActorRef Unwrap(this IActorRef actor) => actor is IActorRefSurrogate s ? s.Underlying : actor;
}
