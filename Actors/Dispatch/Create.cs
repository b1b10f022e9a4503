namespace ActorChat.Actors;

/// <summary>Builds the actor instance and runs <c>PreStart</c>; always the first message an actor processes.</summary>
internal sealed class Create : ISystemMessage
{
    public static readonly Create Instance = new();
}
