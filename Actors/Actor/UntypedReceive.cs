namespace ActorChat.Actors;

/// <summary>A behaviour of an <see cref="UntypedActor"/>: handles every message it is given.</summary>
public delegate void UntypedReceive(object message);
