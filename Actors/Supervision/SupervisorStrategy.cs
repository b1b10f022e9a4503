namespace ActorChat.Actors;

/// <summary>
/// How a parent handles its children's failures (Akka.NET's <c>SupervisorStrategy</c>): a decider maps the exception
/// to a <see cref="Directive"/>; restarts are limited by a retry budget, beyond which the child is stopped.
/// </summary>
public abstract class SupervisorStrategy
{
    private protected SupervisorStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> decider, bool loggingEnabled)
    {
        ArgumentNullException.ThrowIfNull(decider);
        MaxNumberOfRetries = maxNrOfRetries is < 0 ? null : maxNrOfRetries;
        WithinTimeRange = withinTimeRange is { } w && (w <= TimeSpan.Zero || w == Timeout.InfiniteTimeSpan) ? null : withinTimeRange;
        Decider = decider;
        LoggingEnabled = loggingEnabled;
    }

    /// <summary>Akka's default decider: <see cref="ActorInitializationException"/>, <see cref="ActorKilledException"/>
    /// and <see cref="DeathPactException"/> stop the child; any other exception restarts it.</summary>
    public static readonly Func<Exception, Directive> DefaultDecider = static e => e switch
    {
        ActorInitializationException => Directive.Stop,
        ActorKilledException => Directive.Stop,
        DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    };

    /// <summary>One-for-one with <see cref="DefaultDecider"/> and no retry limit.</summary>
    public static SupervisorStrategy DefaultStrategy { get; } = new OneForOneStrategy(DefaultDecider);

    /// <summary>One-for-one that stops every failing child.</summary>
    public static SupervisorStrategy StoppingStrategy { get; } = new OneForOneStrategy(_ => Directive.Stop);

    /// <summary>Restarts allowed per child within <see cref="WithinTimeRange"/>; null means unlimited.</summary>
    public int? MaxNumberOfRetries { get; }

    /// <summary>The window the retry budget applies to; null means the budget counts forever.</summary>
    public TimeSpan? WithinTimeRange { get; }

    /// <summary>Maps a child's exception to a directive.</summary>
    public Func<Exception, Directive> Decider { get; }

    /// <summary>Whether failures are logged (Restart/Stop at Error, Resume at Warning; Escalate is left to the next level).</summary>
    public bool LoggingEnabled { get; }

    /// <summary>Applies the directive; returns false for Escalate.</summary>
    internal bool HandleFailure(ActorCell context, ChildEntry failed, Exception cause, IReadOnlyList<ChildEntry> children)
    {
        var directive = Decider(cause);
        if (LoggingEnabled) LogFailure(context, failed.Child, cause, directive);
        switch (directive)
        {
            case Directive.Resume:
                failed.Child.SendSystemMessage(Resume.Directive);
                return true;
            case Directive.Restart:
                ProcessFailure(context, true, failed, cause, children);
                return true;
            case Directive.Stop:
                ProcessFailure(context, false, failed, cause, children);
                return true;
            default:
                return false;
        }
    }

    private protected abstract void ProcessFailure(ActorCell context, bool restart, ChildEntry failed, Exception cause, IReadOnlyList<ChildEntry> children);

    private protected bool RequestRestartPermission(ChildEntry child) =>
        child.Stats.RequestRestartPermission(MaxNumberOfRetries, WithinTimeRange);

    /// <summary>Logs a child's failure (unless <see cref="LoggingEnabled"/> is off): Restart and Stop at Error with
    /// the exception, Resume at Warning, Escalate not at all (the level it escalates to logs it). Override to change it.</summary>
    protected virtual void LogFailure(IActorContext context, IActorRef child, Exception cause, Directive directive)
    {
        var reason = cause is ActorInitializationException { InnerException: { } inner } ? inner.Message : cause.Message;
        switch (directive)
        {
            case Directive.Resume:
                context.System.LogFailure(child, cause, Microsoft.Extensions.Logging.LogLevel.Warning,
                    "Failed with {ExceptionType}: {Reason} (Resume)", cause.GetType().Name, reason);
                break;
            case Directive.Escalate:
                break;
            default:
                context.System.LogFailure(child, cause, "Failed with {ExceptionType}: {Reason} ({Directive})",
                    cause.GetType().Name, reason, directive);
                break;
        }
    }
}
