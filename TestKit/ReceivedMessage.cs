using ActorChat.Actors;

namespace ActorChat.TestKit;

/// <summary>A message the test actor received, with its sender.</summary>
internal readonly record struct ReceivedMessage(object Message, IActorRef Sender);
