namespace ActorChat.Actors;

/// <summary>What an actor sees of itself and the kernel while it runs (Akka.NET's <c>IActorContext</c>).</summary>
public interface IActorContext : IActorRefFactory
{
    /// <summary>This actor's reference.</summary>
    IActorRef Self { get; }

    /// <summary>The sender of the message being processed (<c>DeadLetters</c> when there is none).</summary>
    IActorRef Sender { get; }

    /// <summary>This actor's parent (its supervisor).</summary>
    IActorRef Parent { get; }

    /// <summary>The props this actor was created from.</summary>
    Props Props { get; }

    /// <summary>The actor system this actor belongs to.</summary>
    ActorSystem System { get; }

    /// <summary>The current receive timeout, if one is set.</summary>
    TimeSpan? ReceiveTimeout { get; }

    /// <summary>The child named <paramref name="name"/>, or <see cref="ActorRefs.Nobody"/>.</summary>
    IActorRef Child(string name);

    /// <summary>The children that are alive or stopping.</summary>
    IEnumerable<IActorRef> GetChildren();

    /// <summary>Registers for a <see cref="Terminated"/> when <paramref name="subject"/> stops (at once if it already has).</summary>
    IActorRef Watch(IActorRef subject);

    /// <summary>Withdraws a watch; a <see cref="Terminated"/> not yet processed is dropped.</summary>
    IActorRef Unwatch(IActorRef subject);

    /// <summary>Stops <paramref name="child"/> (or this actor, given <c>Self</c>) after the message being processed.</summary>
    void Stop(IActorRef child);

    /// <summary>Sends <see cref="Actors.ReceiveTimeout"/> to this actor after <paramref name="timeout"/> without messages;
    /// null (or zero or negative) switches it off.</summary>
    void SetReceiveTimeout(TimeSpan? timeout);

    /// <summary>Replaces the current behaviour with <paramref name="receive"/>.</summary>
    void Become(Receive receive);

    /// <summary>Pushes <paramref name="receive"/> on the behaviour stack; <see cref="UnbecomeStacked"/> returns to the one below.</summary>
    void BecomeStacked(Receive receive);

    /// <summary>Pops the current behaviour (the initial one is never popped).</summary>
    void UnbecomeStacked();
}
