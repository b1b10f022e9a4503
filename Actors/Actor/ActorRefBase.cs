namespace ActorChat.Actors;

/// <summary>Identity semantics shared by the kernel's references: one reference object per actor incarnation.</summary>
internal abstract class ActorRefBase : IInternalActorRef
{
    public abstract ActorPath Path { get; }

    public abstract ActorSystem? SystemOrNull { get; }

    public abstract void Tell(object message, IActorRef? sender);

    public abstract void SendSystemMessage(ISystemMessage message);

    public bool Equals(IActorRef? other) => ReferenceEquals(this, other);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public override string ToString() => $"[{Path}]";

    /// <summary>What a reference with no live actor does with system messages: a watcher learns the death at once.</summary>
    protected void ReplyAsDead(ISystemMessage message)
    {
        if (message is Watch w && ReferenceEquals(w.Watchee, this))
            w.Watcher.SendSystemMessage(new DeathWatchNotification(this));
    }
}
