namespace ActorChat.Actors;

/// <summary>A kernel-to-kernel message: handled before any user message waiting in the same mailbox.</summary>
internal interface ISystemMessage
{
}
