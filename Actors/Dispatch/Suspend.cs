namespace ActorChat.Actors;

/// <summary>Stops taking user messages while an ancestor's failure (or an all-for-one sibling's) is being decided;
/// ended by <see cref="Resume.ByParent"/> or a <see cref="Recreate"/>.</summary>
internal sealed class Suspend : ISystemMessage
{
    public static readonly Suspend Instance = new();
}
