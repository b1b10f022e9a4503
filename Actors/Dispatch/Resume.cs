namespace ActorChat.Actors;

/// <summary>Ends a suspension: the supervisor's Resume directive for the actor's own failure
/// (<see cref="CausedByFailure"/>), or the parent's own resumption after a failure higher up.</summary>
internal sealed class Resume : ISystemMessage
{
    private Resume(bool causedByFailure) => CausedByFailure = causedByFailure;

    public static readonly Resume Directive = new(true);

    public static readonly Resume ByParent = new(false);

    public bool CausedByFailure { get; }
}
