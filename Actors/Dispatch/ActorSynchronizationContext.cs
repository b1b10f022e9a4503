namespace ActorChat.Actors;

/// <summary>
/// Current while an actor runs an async handler: every <c>await</c> continuation comes back into the actor as a
/// system message, so it runs one at a time with the actor's <c>Context</c>, <c>Self</c> and <c>Sender</c>.
/// </summary>
internal sealed class ActorSynchronizationContext : SynchronizationContext
{
    private readonly ActorCell _cell;
    private readonly ActorBase _instance;

    public ActorSynchronizationContext(ActorCell cell, ActorBase instance)
    {
        _cell = cell;
        _instance = instance;
    }

    public override void Post(SendOrPostCallback d, object? state) =>
        _cell.SendSystemMessage(new TaskContinuation(d, state, _instance));

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous Send into an actor would deadlock; use Post.");

    public override SynchronizationContext CreateCopy() => this;
}
