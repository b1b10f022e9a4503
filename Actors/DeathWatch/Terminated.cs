namespace ActorChat.Actors;

/// <summary>Delivered exactly once to each watcher of an actor when that actor has stopped (Akka.NET's <c>Terminated</c>).
/// An actor that watches another and does not handle this fails with <see cref="DeathPactException"/>.</summary>
public sealed class Terminated : IAutoReceivedMessage, IDeadLetterSuppression, IEquatable<Terminated>
{
    /// <summary>Creates the notification for <paramref name="actorRef"/>.</summary>
    public Terminated(IActorRef actorRef, bool existenceConfirmed = true, bool addressTerminated = false)
    {
        ActorRef = actorRef;
        ExistenceConfirmed = existenceConfirmed;
        AddressTerminated = addressTerminated;
    }

    /// <summary>The actor that stopped.</summary>
    public IActorRef ActorRef { get; }

    /// <summary>True when the death was reported by the actor itself (always, in this single-process kernel).</summary>
    public bool ExistenceConfirmed { get; }

    /// <summary>True when derived from a lost remote node (never, in this single-process kernel).</summary>
    public bool AddressTerminated { get; }

    /// <inheritdoc />
    public bool Equals(Terminated? other) =>
        other is not null && Equals(ActorRef, other.ActorRef) &&
        ExistenceConfirmed == other.ExistenceConfirmed && AddressTerminated == other.AddressTerminated;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Terminated);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ActorRef, ExistenceConfirmed, AddressTerminated);

    /// <inheritdoc />
    public override string ToString() => $"<Terminated>: {ActorRef}";
}
