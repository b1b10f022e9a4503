namespace ActorChat.Actors;

/// <summary>Marks messages that do not count as activity for <c>SetReceiveTimeout</c> (e.g. periodic ticks).</summary>
public interface INotInfluenceReceiveTimeout
{
}
