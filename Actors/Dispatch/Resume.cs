namespace ActorChat.Actors;

/// <summary>The supervisor's Resume directive: keep the instance and its state, go on with the next message.</summary>
internal sealed class Resume : ISystemMessage
{
    public static readonly Resume Instance = new();
}
