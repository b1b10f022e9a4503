namespace ActorChat.Actors;

/// <summary>What a supervisor does with a failed child.</summary>
public enum Directive
{
    /// <summary>Keep the instance and its state; continue with the next message.</summary>
    Resume,

    /// <summary>Replace the instance with a fresh one from Props; the mailbox is kept, the failing message dropped.</summary>
    Restart,

    /// <summary>Fail the supervisor itself with the same exception.</summary>
    Escalate,

    /// <summary>Stop the child.</summary>
    Stop,
}
