namespace ActorChat.Actors;

/// <summary>Tell with the implicit sender (Akka.NET's <c>ActorRefImplicitSenderExtensions</c>): inside an actor the
/// sender is <c>Self</c>, in TestKit code the test actor, elsewhere <see cref="ActorRefs.NoSender"/>.</summary>
public static class ActorRefImplicitSenderExtensions
{
    /// <summary>Sends <paramref name="message"/> with the implicit sender.</summary>
    public static void Tell(this ICanTell receiver, object message) =>
        receiver.Tell(message, ActorCell.Current?.Self ?? ImplicitSender.Current);

    /// <summary>Sends <paramref name="message"/> keeping the current message's sender, so the receiver replies to it.</summary>
    /// <exception cref="NotSupportedException">Called outside of an actor.</exception>
    public static void Forward(this IActorRef receiver, object message)
    {
        var cell = ActorCell.Current
            ?? throw new NotSupportedException("Forward is only available inside an actor.");
        receiver.Tell(message, cell.CurrentSenderOrNull);
    }
}
