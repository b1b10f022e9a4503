namespace ActorChat.Actors;

/// <summary>Applies the directive to the failed child only (Akka.NET's <c>OneForOneStrategy</c>).</summary>
public class OneForOneStrategy : SupervisorStrategy
{
    /// <summary>Creates the strategy. <paramref name="maxNrOfRetries"/> restarts are allowed per child within
    /// <paramref name="withinTimeRange"/> (null: unlimited / no window); past that the child is stopped.</summary>
    public OneForOneStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> localOnlyDecider)
        : base(maxNrOfRetries, withinTimeRange, localOnlyDecider, true) { }

    /// <summary>Creates the strategy with the budget in milliseconds (-1: unlimited / no window).</summary>
    public OneForOneStrategy(int maxNrOfRetries, int withinTimeMilliseconds, Func<Exception, Directive> localOnlyDecider, bool loggingEnabled = true)
        : base(maxNrOfRetries, withinTimeMilliseconds < 0 ? null : TimeSpan.FromMilliseconds(withinTimeMilliseconds), localOnlyDecider, loggingEnabled) { }

    /// <summary>Creates the strategy with no retry limit.</summary>
    public OneForOneStrategy(Func<Exception, Directive> localOnlyDecider)
        : base(null, null, localOnlyDecider, true) { }

    private protected override void ProcessFailure(ActorCell context, bool restart, ChildEntry failed, Exception cause, IReadOnlyList<ChildEntry> children)
    {
        if (restart && RequestRestartPermission(failed)) context.RestartChild(failed, cause, suspendFirst: false);
        else context.Stop(failed.Child);
    }
}
