namespace ActorChat.Actors;

/// <summary>Stops taking user messages until a following <see cref="Recreate"/> (an all-for-one sibling restart).</summary>
internal sealed class Suspend : ISystemMessage
{
    public static readonly Suspend Instance = new();
}
