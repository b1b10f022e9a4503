namespace ActorChat.Actors;

/// <summary>Marks messages whose loss is expected and not worth a dead-letter log line (they are still counted).</summary>
public interface IDeadLetterSuppression
{
}
