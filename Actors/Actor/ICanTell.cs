namespace ActorChat.Actors;

/// <summary>Anything a message can be told to (Akka.NET's <c>ICanTell</c>).</summary>
public interface ICanTell
{
    /// <summary>Sends <paramref name="message"/> asynchronously; <paramref name="sender"/> is what the receiver sees as <c>Sender</c>.</summary>
    void Tell(object message, IActorRef? sender);
}
