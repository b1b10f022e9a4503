namespace ActorChat.Actors;

/// <summary>The context of an <see cref="UntypedActor"/>: behaviours that handle every message.</summary>
public interface IUntypedActorContext : IActorContext
{
    /// <summary>Replaces the current behaviour with <paramref name="receive"/>.</summary>
    void Become(UntypedReceive receive);

    /// <summary>Pushes <paramref name="receive"/> on the behaviour stack.</summary>
    void BecomeStacked(UntypedReceive receive);
}
