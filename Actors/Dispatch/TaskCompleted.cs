namespace ActorChat.Actors;

/// <summary>An async handler's task finished: the mailbox may resume (or the actor fails with the task's exception).</summary>
internal sealed record TaskCompleted(Task Task, ActorBase Instance) : ISystemMessage;
