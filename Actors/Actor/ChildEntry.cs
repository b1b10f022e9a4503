namespace ActorChat.Actors;

/// <summary>A child as its parent tracks it: its reference, its restart budget, and whether it is stopping.
/// A stopping child keeps its name reserved until its death is confirmed.</summary>
internal sealed class ChildEntry(LocalActorRef child)
{
    public LocalActorRef Child { get; } = child;

    public ChildRestartStats Stats { get; } = new();

    public bool Stopping { get; set; }
}
