namespace ActorChat.Actors;

/// <summary>The sender used by <c>Tell(message)</c> outside of an actor: set by the TestKit for its test code,
/// flowing with the async context.</summary>
internal static class ImplicitSender
{
    private static readonly AsyncLocal<IActorRef?> Value = new();

    public static IActorRef? Current
    {
        get => Value.Value;
        set => Value.Value = value;
    }
}
