namespace ActorChat.Actors;

/// <summary>A child as its parent tracks it: its reference, its restart budget, and whether it is stopping.
/// A stopping child keeps its name reserved until its death is confirmed.</summary>
internal sealed class ChildEntry(LocalActorRef child)
{
    private ChildRestartStats? _stats;

    public LocalActorRef Child { get; } = child;

    /// <summary>Made at the child's first failure: most children never fail, and a registry has thousands.</summary>
    public ChildRestartStats Stats => _stats ??= new();

    public bool Stopping { get; set; }
}
