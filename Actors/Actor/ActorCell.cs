namespace ActorChat.Actors;

/// <summary>
/// The kernel's side of one actor (Akka.NET's <c>ActorCell</c>): its mailbox, current instance, behaviour stack,
/// children, watches and failure state. Everything but the children table is touched only by the mailbox's running
/// turn, so it needs no locks. Split by concern across ActorCell.*.cs files as in Akka.NET.
/// </summary>
internal sealed partial class ActorCell : IUntypedActorContext
{
    [ThreadStatic] private static ActorCell? t_current;

    private readonly LocalActorRef _self;
    // The behaviour stack's top, null for the instance's own Receive (no delegate per actor for the usual case), and
    // what BecomeStacked pushed it over, made only when an actor stacks behaviours.
    private Receive? _behavior;
    private List<Receive?>? _stackedUnder;
    private ActorBase? _actor;
    private Envelope _current;
    private volatile bool _suspended;

    public ActorCell(ActorSystem system, Props props, ActorPath path, IInternalActorRef parent)
    {
        System = system;
        Props = props;
        Parent = parent;
        _self = new LocalActorRef(this, path);
        Mailbox = new Mailbox(this, system.Settings.Throughput);
    }

    /// <summary>The cell whose mailbox turn is running on this thread, if any.</summary>
    public static ActorCell? Current => t_current;

    public ActorSystem System { get; }

    public Props Props { get; }

    public Mailbox Mailbox { get; }

    public IInternalActorRef Parent { get; }

    IActorRef IActorContext.Parent => Parent;

    public LocalActorRef SelfRef => _self;

    public IActorRef Self => _self;

    public IActorRef Sender => _current.Sender ?? System.DeadLetters;

    public IActorRef? CurrentSenderOrNull => _current.Sender;

    /// <summary>True while the constructor of a new instance runs (guards against <c>new MyActor()</c>).</summary>
    public bool IsCreatingInstance { get; private set; }

    /// <summary>User messages wait while this is true: failed, awaiting a task, terminating, or suspended while an
    /// ancestor's (or all-for-one sibling's) failure is decided.</summary>
    public bool IsSuspended => _suspended;

    public static ActorCell? Enter(ActorCell cell)
    {
        var previous = t_current;
        t_current = cell;
        return previous;
    }

    public static void Leave(ActorCell? previous) => t_current = previous;

    /// <summary>Queues the Create message; the instance is built on the actor's own turn.</summary>
    public void Start() => Mailbox.PostSystem(Create.Instance);

    public void SendSystemMessage(ISystemMessage message) => Mailbox.PostSystem(message);

    public void Invoke(in Envelope envelope)
    {
        _current = envelope;
        try
        {
            if (envelope.Message is IAutoReceivedMessage) AutoReceiveMessage(envelope);
            else _actor!.AroundReceive(_behavior, envelope.Message);
        }
        catch (Exception e)
        {
            HandleInvokeFailure(e);
        }
        _current = default;
        if (_receiveTimeout is not null) MarkReceiveActivity(envelope.Message);
    }

    private void AutoReceiveMessage(in Envelope envelope)
    {
        switch (envelope.Message)
        {
            case Terminated terminated:
                ReceivedTerminated(terminated);
                break;
            case PoisonPill:
                Stop(Self);
                break;
            case Kill:
                throw new ActorKilledException("Kill");
            case CheckReceiveTimeout check:
                OnCheckReceiveTimeout(check.Generation);
                break;
            default:
                _actor!.AroundReceive(_behavior, envelope.Message);
                break;
        }
    }

    public void SystemInvoke(ISystemMessage message)
    {
        try
        {
            switch (message)
            {
                case Create: CreateInstance(); break;
                case Terminate: HandleTerminate(); break;
                case Watch w: AddWatcher(w.Watchee, w.Watcher); break;
                case Unwatch u: RemoveWatcher(u.Watchee, u.Watcher); break;
                case DeathWatchNotification n: WatchedActorTerminated(n.Actor); break;
                case Failed f: HandleFailed(f); break;
                case Recreate r: FaultRecreate(r.Cause); break;
                case Resume r: FaultResume(r); break;
                case Suspend: FaultSuspend(); break;
                case TaskContinuation c: RunContinuation(c); break;
                case TaskCompleted t: OnTaskCompleted(t); break;
            }
        }
        catch (Exception e)
        {
            HandleInvokeFailure(e);
        }
    }

    /// <summary>After the mailbox closed: a late watcher learns of the death at once; everything else is moot.</summary>
    public void HandleSystemMessageWhenDead(ISystemMessage message)
    {
        if (message is Watch w && ReferenceEquals(w.Watchee, _self) && !ReferenceEquals(w.Watcher, _self))
            w.Watcher.SendSystemMessage(new DeathWatchNotification(_self));
    }

    private void UpdateSuspended() =>
        _suspended = _failed || _awaitingTask || _suspendCount > 0 || _terminating;

    private ActorBase NewActorInstance()
    {
        ClearBehaviors();
        IsCreatingInstance = true;
        ActorBase instance;
        try
        {
            instance = Props.NewActor();
        }
        finally
        {
            IsCreatingInstance = false;
        }
        instance.OnConstructed();
        return instance;
    }

    /// <summary>Lets go of the current instance (stopped, or replaced by a restart) and tells its producer.</summary>
    private void ReleaseInstance()
    {
        if (_actor is not { } instance) return;
        _actor = null;
        try
        {
            Props.Release(instance);
        }
        catch (Exception e)
        {
            System.LogFailure(_self, e, "exception in the producer's Release");
        }
    }

    /// <summary>Back to the instance's own Receive, nothing stacked.</summary>
    private void ClearBehaviors()
    {
        _behavior = null;
        _stackedUnder?.Clear();
    }

    public void Become(Receive receive) => _behavior = receive;

    public void BecomeStacked(Receive receive)
    {
        (_stackedUnder ??= new List<Receive?>(1)).Add(_behavior);
        _behavior = receive;
    }

    public void UnbecomeStacked()
    {
        if (_stackedUnder is not { Count: > 0 } under) return;
        _behavior = under[^1];
        under.RemoveAt(under.Count - 1);
    }

    public void Become(UntypedReceive receive) => Become(Untyped(receive));

    public void BecomeStacked(UntypedReceive receive) => BecomeStacked(Untyped(receive));

    private static Receive Untyped(UntypedReceive receive) => message =>
    {
        receive(message);
        return true;
    };

    public override string ToString() => $"ActorCell[{_self.Path}]";
}
