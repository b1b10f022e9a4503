namespace ActorChat.Actors;

internal sealed partial class ActorCell
{
    private bool _failed;
    private int _suspendCount;
    private bool _terminating;
    private bool _terminated;
    private object? _failedMessage;
    private Exception? _pendingRecreateCause;
    private LocalActorRef? _escalatedFrom;

    private void CreateInstance()
    {
        try
        {
            _actor = NewActorInstance();
            _actor.AroundPreStart();
            System.LogLifecycle(_self, "started ({0})", Props.Type);
        }
        catch (Exception e)
        {
            HandleInvokeFailure(e as ActorInitializationException
                ?? new ActorInitializationException(_self, "exception during creation", e));
        }
    }

    /// <summary>An exception escaped a handler or hook: drop the message, suspend, and ask the parent what to do.</summary>
    private void HandleInvokeFailure(Exception cause)
    {
        if (_terminating)
        {
            System.LogFailure(_self, cause, "exception while stopping");
            return;
        }
        if (_failed) return;
        _failed = true;
        _failedMessage = _current.Message;
        UpdateSuspended();
        // Children wait too until the supervisor has decided (as in Akka); Resume wakes them, Restart restarts them.
        TellLiveChildren(Suspend.Instance);
        Parent.SendSystemMessage(new Failed(_self, cause));
    }

    /// <summary>A child failed: apply this actor's strategy; Escalate fails this actor with the same exception.</summary>
    private void HandleFailed(Failed failed)
    {
        var entry = FindChild(failed.Child);
        if (entry is null || entry.Stopping) return;
        var strategy = Props.SupervisorStrategy ?? _actor?.SupervisorStrategyInternal ?? SupervisorStrategy.DefaultStrategy;
        if (strategy.HandleFailure(this, entry, failed.Cause, ChildEntries())) return;
        _escalatedFrom = entry.Child;
        HandleInvokeFailure(failed.Cause);
    }

    internal void RestartChild(ChildEntry child, Exception cause, bool suspendFirst)
    {
        if (suspendFirst) child.Child.SendSystemMessage(Suspend.Instance);
        child.Child.SendSystemMessage(new Recreate(cause));
    }

    /// <summary>Resume directive (for this actor's own failure) or the end of a suspension by an ancestor's failure;
    /// either way the children suspended with this actor resume too.</summary>
    private void FaultResume(Resume resume)
    {
        if (resume.CausedByFailure)
        {
            if (!_failed) return;
            _failed = false;
            _failedMessage = null;
            // A child whose failure we escalated is resumed along with us.
            if (_escalatedFrom is { } perpetrator && FindChild(perpetrator) is { Stopping: false })
                perpetrator.SendSystemMessage(Resume.Directive);
            _escalatedFrom = null;
        }
        else
        {
            if (_suspendCount == 0) return;
            _suspendCount--;
        }
        UpdateSuspended();
        TellLiveChildren(Resume.ByParent);
    }

    private void FaultSuspend()
    {
        _suspendCount++;
        UpdateSuspended();
        TellLiveChildren(Suspend.Instance);
    }

    private void TellLiveChildren(ISystemMessage message)
    {
        foreach (var child in ChildEntries())
            if (!child.Stopping) child.Child.SendSystemMessage(message);
    }

    private void FaultRecreate(Exception cause)
    {
        if (_terminating) return;
        if (_pendingRecreateCause is not null)
        {
            // Already restarting and waiting for children to stop: one new instance is enough.
            _pendingRecreateCause = cause;
            return;
        }
        if (_actor is null)
        {
            FinishRecreate(cause);
            return;
        }
        try
        {
            _actor.AroundPreRestart(cause, _failedMessage);
        }
        catch (Exception e)
        {
            System.LogFailure(_self, e, "exception in PreRestart");
        }
        // The old instance is finished (its PostStop ran in PreRestart); a stop while we wait for its children must
        // not run PostStop on it again.
        ReleaseInstance();
        ClearBehaviors();
        _pendingRecreateCause = cause;
        if (!HasStoppingChildren()) FinishRecreate(cause);
    }

    /// <summary>The old instance is gone (and the children it stopped): build a fresh one and let messages flow.</summary>
    private void FinishRecreate(Exception cause)
    {
        _pendingRecreateCause = null;
        _actor = null;
        _failed = false;
        _failedMessage = null;
        _escalatedFrom = null;
        _suspendCount = 0;
        _awaitingTask = false;
        UpdateSuspended();
        // Children the old instance kept (PreRestart did not stop them) are restarted once this actor is up again.
        var survivors = ChildEntries().Where(c => !c.Stopping).ToArray();
        try
        {
            _actor = NewActorInstance();
            _actor.AroundPostRestart(cause);
            System.LogLifecycle(_self, cause, "restarted ({0})", Props.Type);
        }
        catch (Exception e)
        {
            HandleInvokeFailure(new ActorInitializationException(_self, "exception during re-creation", e));
            return;
        }
        foreach (var survivor in survivors)
            if (!survivor.Stopping) survivor.Child.SendSystemMessage(new Recreate(cause));
    }

    /// <summary>Stop: no more user messages; children are stopped first; this actor finishes once they all have.</summary>
    private void HandleTerminate()
    {
        if (_terminating) return;
        lock (this) _terminating = true;
        UpdateSuspended();
        CancelReceiveTimeout();
        foreach (var child in ChildEntries())
        {
            lock (this) child.Stopping = true;
            child.Child.SendSystemMessage(Actors.Terminate.Instance);
        }
        if (ChildCount == 0) FinishTerminate();
    }

    private void HandleChildTerminated()
    {
        if (_terminating)
        {
            if (ChildCount == 0) FinishTerminate();
        }
        else if (_pendingRecreateCause is { } cause && !HasStoppingChildren())
        {
            FinishRecreate(cause);
        }
    }

    /// <summary>The order matters: PostStop, then the mailbox closes (late messages become dead letters and late
    /// watchers are answered at once), then watchers, then the parent, which may then reuse the name.</summary>
    private void FinishTerminate()
    {
        if (_terminated) return;
        _terminated = true;
        try
        {
            _actor?.AroundPostStop();
        }
        catch (Exception e)
        {
            System.LogFailure(_self, e, "exception in PostStop");
        }
        Mailbox.Close();
        TellWatchersWeDied();
        UnwatchWatchedActors();
        System.LogLifecycle(_self, "stopped");
        ReleaseInstance();
        ClearBehaviors();
        _current = default;
        _failedMessage = null;
        Parent.SendSystemMessage(new DeathWatchNotification(_self));
    }
}
