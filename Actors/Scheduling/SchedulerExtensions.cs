namespace ActorChat.Actors;

/// <summary>The cancelable variants (Akka.NET's <c>SchedulerExtensions</c>).</summary>
public static class SchedulerExtensions
{
    /// <summary>Tells once after <paramref name="delay"/>; returns the handle to cancel it.</summary>
    public static ICancelable ScheduleTellOnceCancelable(this IScheduler scheduler, TimeSpan delay, ICanTell receiver, object message, IActorRef? sender)
    {
        var cancelable = new Cancelable(scheduler);
        scheduler.ScheduleTellOnce(delay, receiver, message, sender, cancelable);
        return cancelable;
    }

    /// <summary>Tells after <paramref name="initialDelay"/> and every <paramref name="interval"/>; returns the handle to stop it.</summary>
    public static ICancelable ScheduleTellRepeatedlyCancelable(this IScheduler scheduler, TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender)
    {
        var cancelable = new Cancelable(scheduler);
        scheduler.ScheduleTellRepeatedly(initialDelay, interval, receiver, message, sender, cancelable);
        return cancelable;
    }

    /// <summary>Runs <paramref name="action"/> once after <paramref name="delay"/>; returns the handle to cancel it.</summary>
    public static ICancelable ScheduleOnceCancelable(this IAdvancedScheduler scheduler, TimeSpan delay, Action action)
    {
        var cancelable = new Cancelable();
        scheduler.ScheduleOnce(delay, action, cancelable);
        return cancelable;
    }

    /// <summary>Runs <paramref name="action"/> periodically; returns the handle to stop it.</summary>
    public static ICancelable ScheduleRepeatedlyCancelable(this IAdvancedScheduler scheduler, TimeSpan initialDelay, TimeSpan interval, Action action)
    {
        var cancelable = new Cancelable();
        scheduler.ScheduleRepeatedly(initialDelay, interval, action, cancelable);
        return cancelable;
    }
}
