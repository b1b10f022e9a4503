namespace ActorChat.Actors;

/// <summary>
/// The base of every actor (Akka.NET's <c>ActorBase</c>). Instances are created by the kernel from <see cref="Props"/>,
/// never with <c>new</c> directly; the kernel runs at most one message of an actor at a time.
/// </summary>
public abstract class ActorBase
{
    private readonly ActorCell _cell;
    private SupervisorStrategy? _supervisorStrategy;

    /// <summary>Binds the new instance to the cell creating it.</summary>
    /// <exception cref="ActorInitializationException">The actor is being created with <c>new</c> instead of through Props.</exception>
    protected ActorBase()
    {
        var cell = ActorCell.Current;
        if (cell is null || !cell.IsCreatingInstance)
            throw new ActorInitializationException(
                $"Do not create actors with 'new {GetType().Name}(...)'; use ActorOf with Props.Create.");
        _cell = cell;
    }

    /// <summary>The context of the actor running on this thread.</summary>
    /// <exception cref="NotSupportedException">Called outside of an actor's message processing.</exception>
    protected static IActorContext Context => ActorCell.Current
        ?? throw new NotSupportedException("There is no active actor context: Context is only available inside an actor.");

    /// <summary>This actor's reference (safe to capture in closures).</summary>
    protected IActorRef Self => _cell.Self;

    /// <summary>The sender of the message being processed.</summary>
    protected IActorRef Sender => _cell.Sender;

    internal ActorCell Cell => _cell;

    /// <summary>Handles <paramref name="message"/>; returns false when it is not handled.</summary>
    protected abstract bool Receive(object message);

    /// <summary>Called for messages no behaviour handled: an unhandled <see cref="Terminated"/> throws
    /// <see cref="DeathPactException"/>; anything else is logged at Info as "unhandled", rate-limited together with
    /// the dead letters (as Akka.NET 1.5 does).</summary>
    protected virtual void Unhandled(object message)
    {
        if (message is Terminated terminated) throw new DeathPactException(terminated.ActorRef);
        _cell.System.LogUnhandled(message, _cell.CurrentSenderOrNull, Self);
    }

    /// <summary>Runs after the instance is created and before it gets messages (also after a restart, via PostRestart).</summary>
    protected virtual void PreStart() { }

    /// <summary>Runs after the actor stopped (its children have stopped already).</summary>
    protected virtual void PostStop() { }

    /// <summary>Runs on the failing instance before a restart. Default: unwatch and stop all children, then <see cref="PostStop"/>.</summary>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in Context.GetChildren())
        {
            Context.Unwatch(child);
            Context.Stop(child);
        }
        PostStop();
    }

    /// <summary>Runs on the fresh instance after a restart. Default: <see cref="PreStart"/>.</summary>
    protected virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>How this actor supervises its children; default <see cref="Actors.SupervisorStrategy.DefaultStrategy"/>.</summary>
    protected virtual SupervisorStrategy SupervisorStrategy() => Actors.SupervisorStrategy.DefaultStrategy;

    /// <summary>Runs <paramref name="action"/> inside the actor: nothing else is processed until its task completes.</summary>
    protected void RunTask(Func<Task> action) => _cell.RunTask(action);

    internal SupervisorStrategy SupervisorStrategyInternal => _supervisorStrategy ??= SupervisorStrategy();

    /// <summary>Hands <paramref name="message"/> to <paramref name="receive"/>, or to <see cref="Receive"/> when null.</summary>
    internal void AroundReceive(Receive? receive, object message)
    {
        if (!(receive is null ? Receive(message) : receive(message))) Unhandled(message);
    }

    internal void AroundPreStart() => PreStart();

    internal void AroundPostStop() => PostStop();

    internal void AroundPreRestart(Exception reason, object? message) => PreRestart(reason, message);

    internal void AroundPostRestart(Exception reason) => PostRestart(reason);

    /// <summary>Called once the constructor returned; behaviours registered after this need Become.</summary>
    internal virtual void OnConstructed() { }
}
