using System.Collections.Concurrent;
using System.Linq.Expressions;
using ActorChat.Actors;

namespace ActorChat.TestKit;

/// <summary>
/// What <see cref="TestKit"/> and <see cref="TestProbe"/> share (Akka.TestKit's <c>TestKitBase</c>): a test actor
/// whose received messages queue up for the Expect methods. Expectations wait on that queue (never by sleeping)
/// up to a timeout that defaults to <c>actorchat.testkit.expect-timeout</c> times <c>timefactor</c>, or to what
/// remains of an enclosing <see cref="Within(TimeSpan, Action)"/> block.
/// </summary>
public abstract partial class TestKitBase
{
    private static int s_testActorCounter;
    private readonly BlockingCollection<ReceivedMessage> _queue = new();
    private DateTime? _end;

    private protected TestKitBase(ActorSystem system, TestKitSettings settings, TestLogSink logSink, string testActorName)
    {
        Sys = system;
        TestKitSettings = settings;
        LogSink = logSink;
        var name = testActorName + Interlocked.Increment(ref s_testActorCounter);
        TestActor = system.SystemGuardian.MakeChild(Props.Create(() => new TestActor(_queue)), name);
        EventFilter = new EventFilterFactory(this);
    }

    /// <summary>The actor system under test.</summary>
    public ActorSystem Sys { get; }

    /// <summary>The settings the timeouts come from.</summary>
    public TestKitSettings TestKitSettings { get; }

    /// <summary>The actor whose received messages the Expect methods see. In TestKit code, <c>actor.Tell(msg)</c>
    /// sends with this as the sender, so replies come back here.</summary>
    public IActorRef TestActor { get; }

    /// <summary>The sender of the last message taken from the queue.</summary>
    public IActorRef LastSender { get; private set; } = ActorRefs.Nobody;

    /// <summary>The last message taken from the queue.</summary>
    public object? LastMessage { get; private set; }

    /// <summary>Expectations on what the kernel logs.</summary>
    public EventFilterFactory EventFilter { get; }

    /// <summary>True when a received message is waiting.</summary>
    public bool HasMessages => _queue.Count > 0;

    internal TestLogSink LogSink { get; }

    /// <summary><paramref name="duration"/> scaled by <c>actorchat.testkit.timefactor</c>.</summary>
    public TimeSpan Dilated(TimeSpan duration) =>
        IsInfinite(duration) ? duration : TimeSpan.FromTicks((long)(duration.Ticks * TestKitSettings.TestTimeFactor));

    /// <summary>The time left in the enclosing Within block, or the default expectation timeout outside one.</summary>
    public TimeSpan RemainingOrDefault => _end is { } end ? Clamp(end - DateTime.UtcNow) : Dilated(TestKitSettings.SingleExpectDefault);

    /// <summary>The time left in the enclosing Within block.</summary>
    /// <exception cref="InvalidOperationException">Not inside a Within block.</exception>
    public TimeSpan Remaining => _end is { } end
        ? Clamp(end - DateTime.UtcNow)
        : throw new InvalidOperationException("Remaining is only defined inside Within.");

    private TimeSpan RemainingOrDilated(TimeSpan? duration) => duration is { } d ? Dilated(d) : RemainingOrDefault;

    private static TimeSpan Clamp(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;

    private static bool IsInfinite(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span == TimeSpan.MaxValue;

    /// <summary>A new probe in the same system, sharing this kit's log capture.</summary>
    public TestProbe CreateTestProbe(string? name = null) => new(Sys, TestKitSettings, LogSink, name ?? "testProbe");

    /// <summary>Creates a top-level actor.</summary>
    public IActorRef ActorOf(Props props, string? name = null) => Sys.ActorOf(props, name);

    /// <summary>Creates a top-level actor of <typeparamref name="TActor"/>.</summary>
    public IActorRef ActorOf<TActor>(string? name = null) where TActor : ActorBase, new() => Sys.ActorOf<TActor>(name);

    /// <summary>Creates a top-level actor from a <c>() =&gt; new TActor(args)</c> expression.</summary>
    public IActorRef ActorOf<TActor>(Expression<Func<TActor>> factory, string? name = null) where TActor : ActorBase =>
        Sys.ActorOf(Props.Create(factory), name);

    /// <summary>Makes the test actor watch <paramref name="actorToWatch"/>: its <see cref="Terminated"/> arrives in the queue
    /// (also when it is already dead).</summary>
    public IActorRef Watch(IActorRef actorToWatch)
    {
        TestActor.Tell(new TestActor.WatchRequest(actorToWatch), ActorRefs.NoSender);
        return actorToWatch;
    }

    /// <summary>Withdraws a <see cref="Watch"/>.</summary>
    public IActorRef Unwatch(IActorRef actorToUnwatch)
    {
        TestActor.Tell(new TestActor.UnwatchRequest(actorToUnwatch), ActorRefs.NoSender);
        return actorToUnwatch;
    }

    /// <summary>Takes the next message, waiting up to <paramref name="max"/> (default: remaining or expect-timeout);
    /// null when none arrived.</summary>
    public object? ReceiveOne(TimeSpan? max = null) =>
        TryReceive(RemainingOrDilated(max), out var received) ? received.Message : null;

    private bool TryReceive(TimeSpan timeout, out ReceivedMessage received)
    {
        var ok = IsInfinite(timeout)
            ? _queue.TryTake(out received, Timeout.Infinite)
            : _queue.TryTake(out received, Clamp(timeout));
        if (ok)
        {
            LastMessage = received.Message;
            LastSender = received.Sender;
        }
        return ok;
    }

    private static void Fail(string message) => throw new Xunit.Sdk.XunitException(message);

    private static string Describe(ReceivedMessage received) =>
        $"{Describe(received.Message)} from {received.Sender.Path}";

    private static string Describe(object message) => $"<{message}> (type {message.GetType().Name})";

    private static string Hint(string? hint) => string.IsNullOrEmpty(hint) ? "" : $" [{hint}]";
}
