using ActorChat.Actors.Configuration;

namespace ActorChat.Actors;

/// <summary>The kernel's settings, read once from the system's configuration (keys under <c>actorchat.actors</c>;
/// defaults as in <c>hocon/reference.conf</c>).</summary>
public sealed class Settings
{
    internal Settings(Config config)
    {
        Config = config;
        LogLifecycle = config.GetBoolean("actorchat.actors.log-lifecycle", false);
        LogDeadLetters = config.GetBoolean("actorchat.actors.log-dead-letters", true);
        LogDeadLettersPerSecond = config.GetInt("actorchat.actors.log-dead-letters-per-second", 10);
        AskTimeout = config.GetTimeSpan("actorchat.actors.ask-timeout", TimeSpan.FromSeconds(10));
        Throughput = config.GetInt("actorchat.actors.throughput", 100);
        SchedulerTick = config.GetTimeSpan("actorchat.actors.scheduler-tick", TimeSpan.FromMilliseconds(10));
        if (SchedulerTick < TimeSpan.FromMilliseconds(1) || SchedulerTick > TimeSpan.FromSeconds(1))
            throw new ArgumentException($"actorchat.actors.scheduler-tick must be between 1ms and 1s, got {SchedulerTick}.");
        if (AskTimeout <= TimeSpan.Zero)
            throw new ArgumentException($"actorchat.actors.ask-timeout must be positive, got {AskTimeout}.");
        if (Throughput < 1)
            throw new ArgumentException($"actorchat.actors.throughput must be at least 1, got {Throughput}.");
        if (LogDeadLettersPerSecond < 0)
            throw new ArgumentException($"actorchat.actors.log-dead-letters-per-second must not be negative, got {LogDeadLettersPerSecond}.");
    }

    /// <summary>The whole configuration the system was created with.</summary>
    public Config Config { get; }

    /// <summary><c>log-lifecycle</c>: log start, stop and restart of every actor at Debug.</summary>
    public bool LogLifecycle { get; }

    /// <summary><c>log-dead-letters</c>: log undelivered messages at Info.</summary>
    public bool LogDeadLetters { get; }

    /// <summary><c>log-dead-letters-per-second</c>: the rate limit of dead-letter log lines.</summary>
    public int LogDeadLettersPerSecond { get; }

    /// <summary><c>ask-timeout</c>: the timeout of an Ask given none.</summary>
    public TimeSpan AskTimeout { get; }

    /// <summary><c>throughput</c>: user messages an actor handles per turn before yielding its thread.</summary>
    public int Throughput { get; }

    /// <summary><c>scheduler-tick</c>: the scheduler wakes at most this often; due work is fired in batches, so a delay
    /// is honoured to within one tick.</summary>
    public TimeSpan SchedulerTick { get; }
}
