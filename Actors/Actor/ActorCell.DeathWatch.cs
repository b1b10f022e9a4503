namespace ActorChat.Actors;

internal sealed partial class ActorCell
{
    // Allocated on first use: most actors never watch or get watched.
    private HashSet<IInternalActorRef>? _watching;
    private HashSet<IInternalActorRef>? _watchedBy;
    private HashSet<IActorRef>? _terminatedQueued;

    public IActorRef Watch(IActorRef subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Unwrap() is IInternalActorRef target && !ReferenceEquals(target, _self) && (_watching ??= []).Add(target))
            target.SendSystemMessage(new Watch(target, _self));
        return subject;
    }

    public IActorRef Unwatch(IActorRef subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Unwrap() is IInternalActorRef target && !ReferenceEquals(target, _self) && _watching?.Remove(target) == true)
            target.SendSystemMessage(new Unwatch(target, _self));
        _terminatedQueued?.Remove(subject.Unwrap());
        return subject;
    }

    private void AddWatcher(IInternalActorRef watchee, IInternalActorRef watcher)
    {
        // The parent hears of the death anyway (the last step of stopping tells it), so it is not kept here: a child
        // watched by its parent alone, as every chat connection is, holds no set (160 bytes each).
        if (!ReferenceEquals(watchee, _self) || ReferenceEquals(watcher, _self) || ReferenceEquals(watcher, Parent))
            return;
        (_watchedBy ??= []).Add(watcher);
    }

    private void RemoveWatcher(IInternalActorRef watchee, IInternalActorRef watcher)
    {
        if (ReferenceEquals(watchee, _self)) _watchedBy?.Remove(watcher);
    }

    /// <summary>A watched actor or a child finished stopping. Watchers get one <see cref="Terminated"/>, queued behind
    /// the user messages already waiting; a child's name is freed before that message can be seen.</summary>
    private void WatchedActorTerminated(IInternalActorRef actor)
    {
        if (_watching?.Remove(actor) == true && !_terminating)
        {
            (_terminatedQueued ??= []).Add(actor);
            _self.Tell(new Terminated(actor), actor);
        }
        if (RemoveChild(actor)) HandleChildTerminated();
    }

    /// <summary>Delivers a queued <see cref="Terminated"/> unless the watch was withdrawn meanwhile.</summary>
    private void ReceivedTerminated(Terminated terminated)
    {
        if (_terminatedQueued?.Remove(terminated.ActorRef) != true) return;
        _actor!.AroundReceive(_behavior, terminated);
    }

    private void TellWatchersWeDied()
    {
        if (_watchedBy is null) return;
        var notification = new DeathWatchNotification(_self);
        foreach (var watcher in _watchedBy) watcher.SendSystemMessage(notification);
        _watchedBy = null;
    }

    private void UnwatchWatchedActors()
    {
        if (_watching is null) return;
        foreach (var watchee in _watching) watchee.SendSystemMessage(new Unwatch(watchee, _self));
        _watching = null;
        _terminatedQueued = null;
    }
}
