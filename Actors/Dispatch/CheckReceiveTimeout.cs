namespace ActorChat.Actors;

/// <summary>The scheduler's nudge to check whether the receive timeout of generation <see cref="Generation"/> elapsed.</summary>
internal sealed record CheckReceiveTimeout(int Generation) : ISystemMessage;
