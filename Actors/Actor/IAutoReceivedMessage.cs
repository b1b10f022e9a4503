namespace ActorChat.Actors;

/// <summary>Marks the messages the kernel itself handles before the actor's behaviour sees them.</summary>
public interface IAutoReceivedMessage
{
}
