namespace ActorChat.Actors;

/// <summary>Stops the actor: children first, then <c>PostStop</c>, then watchers and parent are told.</summary>
internal sealed class Terminate : ISystemMessage
{
    public static readonly Terminate Instance = new();
}
