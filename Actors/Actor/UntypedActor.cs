namespace ActorChat.Actors;

/// <summary>An actor with a single <see cref="OnReceive"/> method (Akka.NET's <c>UntypedActor</c>).</summary>
public abstract class UntypedActor : ActorBase
{
    /// <summary>The context of the actor running on this thread.</summary>
    protected static new IUntypedActorContext Context => (IUntypedActorContext)ActorBase.Context;

    /// <summary>Handles a message; call <see cref="ActorBase.Unhandled"/> for messages it does not handle.</summary>
    protected abstract void OnReceive(object message);

    /// <inheritdoc />
    protected sealed override bool Receive(object message)
    {
        OnReceive(message);
        return true;
    }

    /// <summary>Replaces the current behaviour with <paramref name="receive"/>.</summary>
    protected void Become(UntypedReceive receive) => Context.Become(receive);

    /// <summary>Pushes <paramref name="receive"/> on the behaviour stack.</summary>
    protected void BecomeStacked(UntypedReceive receive) => Context.BecomeStacked(receive);

    /// <summary>Returns to the behaviour below the current one.</summary>
    protected void UnbecomeStacked() => Context.UnbecomeStacked();
}
