using ActorChat.Actors;

namespace ActorChat.Tests.Actors;

/// <summary>An actor that takes every message and does nothing with it: for tests about an actor's life, name or
/// death rather than its behaviour.</summary>
internal sealed class Quiet : ReceiveActor
{
    public Quiet() => ReceiveAny(_ => { });
}
