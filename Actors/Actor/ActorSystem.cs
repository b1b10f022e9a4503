using System.Text.RegularExpressions;
using ActorChat.Actors.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorChat.Actors;

/// <summary>
/// A hierarchy of actors with its scheduler, dead letters and logging (Akka.NET's <c>ActorSystem</c>).
/// Top-level actors live under <c>/user</c>; <see cref="Terminate"/> stops them all, children before parents.
/// </summary>
public sealed partial class ActorSystem : IActorRefFactory, IDisposable
{
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ActorCell _root;
    private readonly LocalActorRef _userGuardian;
    private readonly LocalActorRef _systemGuardian;
    private readonly DedicatedThreadScheduler _scheduler;
    private readonly DeadLetterLog _deadLetterLog;
    private readonly ILogger _lifecycleLogger;
    private readonly ILogger _supervisionLogger;

    private ActorSystem(string name, Config config, ILoggerFactory loggerFactory)
    {
        Name = name;
        Settings = new Settings(config);
        LoggerFactory = loggerFactory;
        _lifecycleLogger = loggerFactory.CreateLogger("ActorChat.Actors.Lifecycle");
        _supervisionLogger = loggerFactory.CreateLogger("ActorChat.Actors.Supervision");
        _deadLetterLog = new DeadLetterLog(loggerFactory.CreateLogger("ActorChat.Actors.DeadLetters"),
            Settings.LogDeadLetters, Settings.LogDeadLettersPerSecond);
        var rootPath = ActorPath.CreateRoot(name);
        Log = new LoggerAdapter(loggerFactory.CreateLogger<ActorSystem>(), rootPath);
        DeadLetters = new DeadLetterActorRef(this, rootPath / "deadLetters");
        _scheduler = new DedicatedThreadScheduler(name, Settings.SchedulerTick, e => Log.Error(e, "Scheduled action failed"));
        _root = new ActorCell(this, Props.Create<RootGuardianActor>(), rootPath, new SystemBottomRef(this, rootPath / "bubble-walker"));
        _userGuardian = _root.MakeChild(Props.Create<GuardianActor>(), "user");
        _systemGuardian = _root.MakeChild(Props.Create<GuardianActor>(), "system");
        _root.Start();
    }

    /// <summary>Creates a system with the default settings.</summary>
    /// <exception cref="ArgumentException">The name is not letters, digits, '-' and '_' starting with a letter or digit.</exception>
    public static ActorSystem Create(string name) => Create(name, Config.Empty, NullLoggerFactory.Instance);

    /// <summary>Creates a system configured by <paramref name="config"/> (keys under <c>actorchat.actors</c>), logging nowhere.</summary>
    public static ActorSystem Create(string name, Config config) => Create(name, config, NullLoggerFactory.Instance);

    /// <summary>Creates a system that logs through <paramref name="loggerFactory"/>: lifecycle at Debug under the
    /// category <c>ActorChat.Actors.Lifecycle</c>, failures under <c>ActorChat.Actors.Supervision</c>, dead letters at
    /// Info under <c>ActorChat.Actors.DeadLetters</c>, actors' own loggers under their type names; every entry has
    /// the scope field <c>ActorPath</c>. This overload is ours; Akka.NET configures loggers through HOCON instead.</summary>
    public static ActorSystem Create(string name, Config config, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        if (!ValidName().IsMatch(name))
            throw new ArgumentException(
                $"Invalid actor system name \"{name}\": use ASCII letters, digits, '-' and '_', starting with a letter or digit.",
                nameof(name));
        return new ActorSystem(name, config, loggerFactory);
    }

    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9_-]*$")]
    private static partial Regex ValidName();

    /// <summary>The system's name (the authority of its actor paths).</summary>
    public string Name { get; }

    /// <summary>The settings read from the configuration.</summary>
    public Settings Settings { get; }

    /// <summary>The logger factory the kernel and <c>Context.GetLogger()</c> write to.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>The system's own logger.</summary>
    public ILoggingAdapter Log { get; }

    /// <summary>Where undeliverable messages go; each is logged at Info (rate-limited).</summary>
    public IActorRef DeadLetters { get; }

    /// <summary>Delayed and periodic tells.</summary>
    public IScheduler Scheduler => _scheduler;

    /// <summary>Completes when every actor has stopped after <see cref="Terminate"/>.</summary>
    public Task WhenTerminated => _terminated.Task;

    /// <summary>Creates a top-level actor under <c>/user</c>.</summary>
    public IActorRef ActorOf(Props props, string? name = null) => _userGuardian.Cell.ActorOf(props, name);

    /// <summary>Stops <paramref name="actor"/> asynchronously: its current message completes, its children stop, then it.</summary>
    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor = actor.Unwrap();
        if (actor is LocalActorRef { Cell.Parent: LocalActorRef parent }) parent.Cell.Stop(actor);
        else if (actor is IInternalActorRef target) target.SendSystemMessage(Actors.Terminate.Instance);
    }

    /// <summary>Stops every actor, top-down (each actor's children stop before it, and each runs PostStop),
    /// then the scheduler. Returns <see cref="WhenTerminated"/>.</summary>
    public Task Terminate()
    {
        _userGuardian.SendSystemMessage(Actors.Terminate.Instance);
        return WhenTerminated;
    }

    /// <summary>Terminates and waits for it.</summary>
    public void Dispose() => Terminate().Wait();

    /// <inheritdoc />
    public override string ToString() => $"akka://{Name}";

    /// <summary>Top-level actors alive or stopping (for leak checks).</summary>
    internal int UserActorCount => _userGuardian.Cell.ChildCount;

    internal ActorCell SystemGuardian => _systemGuardian.Cell;

    internal void OnRootTerminated()
    {
        _scheduler.Dispose();
        _terminated.TrySetResult();
    }

    internal void PublishDeadLetter(object message, IActorRef? sender, IActorRef recipient) =>
        _deadLetterLog.Log(message, sender ?? DeadLetters, recipient, "not delivered");

    internal void LogUnhandled(object message, IActorRef? sender, IActorRef recipient) =>
        _deadLetterLog.Log(message, sender ?? DeadLetters, recipient, "unhandled");

    internal void LogLifecycle(IActorRef actor, string template, params object?[] args)
    {
        if (Settings.LogLifecycle) LoggerAdapter.Write(_lifecycleLogger, new ActorPathScope(actor.Path), LogLevel.Debug, null, template, args);
    }

    internal void LogLifecycle(IActorRef actor, Exception cause, string template, params object?[] args)
    {
        if (Settings.LogLifecycle) LoggerAdapter.Write(_lifecycleLogger, new ActorPathScope(actor.Path), LogLevel.Debug, cause, template, args);
    }

    internal void LogFailure(IActorRef actor, Exception cause, string template, params object?[] args) =>
        LogFailure(actor, cause, LogLevel.Error, template, args);

    internal void LogFailure(IActorRef actor, Exception cause, LogLevel level, string template, params object?[] args) =>
        LoggerAdapter.Write(_supervisionLogger, new ActorPathScope(actor.Path), level, cause, template, args);
}
