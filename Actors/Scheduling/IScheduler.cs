namespace ActorChat.Actors;

/// <summary>Delayed and periodic tells (Akka.NET's <c>IScheduler</c>/<c>ITellScheduler</c>). Delays are measured on a
/// monotonic clock; repeated tells keep a fixed rate.</summary>
public interface IScheduler
{
    /// <summary>Tells <paramref name="message"/> to <paramref name="receiver"/> once after <paramref name="delay"/>.</summary>
    void ScheduleTellOnce(TimeSpan delay, ICanTell receiver, object message, IActorRef? sender);

    /// <summary>As above, unless <paramref name="cancelable"/> was cancelled first.</summary>
    void ScheduleTellOnce(TimeSpan delay, ICanTell receiver, object message, IActorRef? sender, ICancelable cancelable);

    /// <summary>Tells after <paramref name="initialDelay"/> and then every <paramref name="interval"/>, until the system stops.</summary>
    void ScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender);

    /// <summary>As above, until <paramref name="cancelable"/> is cancelled.</summary>
    void ScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender, ICancelable cancelable);

    /// <summary>Scheduling of arbitrary actions (they run on the scheduler's thread: keep them short, or tell an actor).</summary>
    IAdvancedScheduler Advanced { get; }
}
