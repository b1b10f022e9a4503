namespace ActorChat.Actors;

/// <summary>A behaviour: handles <paramref name="message"/> and returns false when it does not apply.</summary>
public delegate bool Receive(object message);
