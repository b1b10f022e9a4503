namespace ActorChat.Actors;

/// <summary>Applies Restart or Stop to all children when one fails (Akka.NET's <c>AllForOneStrategy</c>);
/// Resume applies to the failed child only.</summary>
public class AllForOneStrategy : SupervisorStrategy
{
    /// <summary>Creates the strategy. The retry budget is checked for every child; if any is over it, all are stopped.</summary>
    public AllForOneStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> localOnlyDecider)
        : base(maxNrOfRetries, withinTimeRange, localOnlyDecider, true) { }

    /// <summary>Creates the strategy with the budget in milliseconds (-1: unlimited / no window).</summary>
    public AllForOneStrategy(int maxNrOfRetries, int withinTimeMilliseconds, Func<Exception, Directive> localOnlyDecider, bool loggingEnabled = true)
        : base(maxNrOfRetries, withinTimeMilliseconds < 0 ? null : TimeSpan.FromMilliseconds(withinTimeMilliseconds), localOnlyDecider, loggingEnabled) { }

    /// <summary>Creates the strategy with no retry limit.</summary>
    public AllForOneStrategy(Func<Exception, Directive> localOnlyDecider)
        : base(null, null, localOnlyDecider, true) { }

    private protected override void ProcessFailure(ActorCell context, bool restart, ChildEntry failed, Exception cause, IReadOnlyList<ChildEntry> children)
    {
        var live = children.Where(c => !c.Stopping).ToList();
        if (restart && live.All(RequestRestartPermission))
        {
            foreach (var child in live) context.RestartChild(child, cause, suspendFirst: !ReferenceEquals(child, failed));
        }
        else
        {
            foreach (var child in live) context.Stop(child.Child);
        }
    }
}
