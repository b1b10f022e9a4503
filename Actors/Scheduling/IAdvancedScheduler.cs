namespace ActorChat.Actors;

/// <summary>Scheduling of actions (Akka.NET's <c>IAdvancedScheduler</c>). Actions run on the scheduler's thread and
/// must be short; an exception from one is logged and does not stop the scheduler.</summary>
public interface IAdvancedScheduler
{
    /// <summary>Runs <paramref name="action"/> once after <paramref name="delay"/>.</summary>
    void ScheduleOnce(TimeSpan delay, Action action);

    /// <summary>As above, unless <paramref name="cancelable"/> was cancelled first.</summary>
    void ScheduleOnce(TimeSpan delay, Action action, ICancelable cancelable);

    /// <summary>Runs <paramref name="action"/> after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    void ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action);

    /// <summary>As above, until <paramref name="cancelable"/> is cancelled.</summary>
    void ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action, ICancelable cancelable);
}
