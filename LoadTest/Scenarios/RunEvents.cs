using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Measurement;
using ActorChat.LoadTest.Reporting;
using ActorChat.Protocol;

namespace ActorChat.LoadTest.Scenarios;

/// <summary>
/// The client events every scenario shares: deliveries into the checker and the latency recorder, QUEUED counts,
/// protocol errors and unexpected disconnects into the result.
/// </summary>
public sealed class RunEvents(ScenarioContext context) : ClientEvents, IDisposable
{
    private long _lastDelivery;
    private long _queued;
    private long _lastQueued;
    private long _noSuchUser;

    /// <summary>Where deliveries are checked; a delivery with no checker set is an error.</summary>
    public DeliveryChecker? Checker { get; set; }

    /// <summary>Where each delivery's scheduled and arrival times go as well, when a log is asked for.</summary>
    public DeliveryLog? Log { get; set; }

    /// <summary>Latency from the payload's timestamp to delivery, nanoseconds.</summary>
    public LatencyRecorder Latency { get; private set; } = new();

    /// <summary>Forgets the latencies and delivery times recorded so far (after a warm-up).</summary>
    public void Restart()
    {
        // The old recorder is left to the collector, not disposed: a late duplicate may still be recording into it.
        Latency = new LatencyRecorder();
        Interlocked.Exchange(ref _lastDelivery, 0);
    }

    /// <summary>Clock time of the latest delivery.</summary>
    public long LastDeliveryTicks => Interlocked.Read(ref _lastDelivery);

    /// <summary>QUEUED replies so far.</summary>
    public long Queued => Interlocked.Read(ref _queued);

    /// <summary>Clock time of the latest QUEUED.</summary>
    public long LastQueuedTicks => Interlocked.Read(ref _lastQueued);

    /// <summary>How many <c>ERR no-such-user</c> replies arrived.</summary>
    public long NoSuchUser => Interlocked.Read(ref _noSuchUser);

    /// <inheritdoc />
    public override void OnDelivered(ChatClient client, Payload payload, long receivedTicks, bool offline)
    {
        if (Checker is not { } checker)
        {
            context.Result.Error($"{client.Name}: a message arrived when none was expected ({payload})");
            return;
        }
        checker.Record(client.Index, payload);
        Latency.Record(Clock.TicksToNanoseconds(receivedTicks - payload.Ticks));
        Log?.Record(payload.Ticks, receivedTicks);
        RaiseTo(ref _lastDelivery, receivedTicks);
    }

    /// <inheritdoc />
    public override void OnQueued(ChatClient client)
    {
        Interlocked.Increment(ref _queued);
        RaiseTo(ref _lastQueued, context.Clock.Now);
    }

    /// <inheritdoc />
    public override void OnProtocolError(ChatClient client, string line)
    {
        if (line.Contains(ErrorCodes.NoSuchUser, StringComparison.Ordinal)) Interlocked.Increment(ref _noSuchUser);
        string hint = line.Contains(ErrorCodes.RateLimited, StringComparison.Ordinal)
            ? " (the server's flood limit: raise it, e.g. --set actorchat.server.max-lines-per-second=10000000)"
            : "";
        context.Result.Error($"{client.Name}: {line}{hint}");
    }

    /// <inheritdoc />
    public override void OnClosed(ChatClient client, string? reason, bool expected)
    {
        if (!expected) context.Result.Error($"{client.Name}: disconnected: {reason}");
    }

    /// <inheritdoc />
    public void Dispose() => Latency.Dispose();

    private static void RaiseTo(ref long target, long value)
    {
        long seen = Interlocked.Read(ref target);
        while (value > seen)
        {
            long previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen) return;
            seen = previous;
        }
    }
}
