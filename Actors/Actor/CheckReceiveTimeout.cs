namespace ActorChat.Actors;

/// <summary>
/// The scheduler's nudge to check whether the receive timeout of generation <see cref="Generation"/> elapsed. It is a
/// user message on purpose: it queues behind the messages already waiting, so by the time it is handled the actor's
/// last activity is up to date and a busy actor is never taken for an idle one.
/// </summary>
internal sealed record CheckReceiveTimeout(int Generation) : IAutoReceivedMessage, INotInfluenceReceiveTimeout, IDeadLetterSuppression;
