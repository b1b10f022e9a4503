using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Scenarios;

/// <summary>
/// C clients share an offered rate R of direct messages for D seconds, open loop: one thread sends each message when
/// its schedule says, never waiting for replies, and latency runs from the scheduled time to delivery, so a stall
/// counts against every message it delayed. Reports p50/p90/p99/p99.9/max, the achieved rate, and how late the
/// harness itself was in sending (send lag), so a reader can tell harness lateness from server latency.
/// </summary>
public sealed class LatencyScenario : IScenario
{
    /// <inheritdoc />
    public async Task RunAsync(ScenarioContext context)
    {
        var options = context.Options;
        var schedule = new OpenLoopSchedule(options.Rate, options.DurationSeconds, options.Clients);
        var result = context.Result;
        result.Parameter("clients", options.Clients);
        result.Parameter("rate", options.Rate);
        result.Parameter("duration", options.DurationSeconds);

        using var logFile = OpenLog(options.LatencyLog);
        using var events = new RunEvents(context);
        var all = await context.LoginAllAsync(options.Clients, 'c', events).ConfigureAwait(false);
        await context.WarmUpAsync(all, events).ConfigureAwait(false);

        var perSender = Enumerable.Range(0, schedule.Clients).Select(schedule.MessagesOf).ToArray();
        var checker = new DeliveryChecker(perSender, schedule.Clients, 1,
            (sender, sequence) => OpenLoopSchedule.RecipientFor(sender, sequence, schedule.Clients));
        events.Checker = context.Checker = checker;
        if (logFile is not null) events.Log = new DeliveryLog(checked((int)schedule.TotalMessages));
        context.Progress.Track("delivered", () => checker.Delivered);

        var sendLag = new LatencyHistogram();
        var cpu = context.MarkCpu();
        long start = context.Clock.Now + Clock.SecondsToTicks(0.05);
        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Send(context, schedule, all, start, sendLag);
                sending.SetResult();
            }
            catch (Exception e) { sending.SetException(e); }
        }) { IsBackground = true, Name = "open-loop sender", Priority = ThreadPriority.AboveNormal };
        thread.Start();
        await sending.Task.ConfigureAwait(false);
        long lastDue = start + schedule.DueTicks(schedule.TotalMessages - 1);
        await context.WaitForDeliveriesAsync(checker).ConfigureAwait(false);

        var report = checker.Report();
        result.Delivery = report;
        double seconds = Clock.TicksToSeconds(Math.Max(events.LastDeliveryTicks, lastDue) - start);
        result.Add("offered_per_second", options.Rate, "msg/s");
        result.Add("achieved_per_second", seconds > 0 ? report.Delivered / seconds : 0, "msg/s");
        result.AddLatencies("latency", events.Latency.Snapshot());
        result.Add("send_lag_p99", sendLag.ValueAtPercentile(99) / 1000.0, "us");
        result.Add("send_lag_max", sendLag.Max / 1000.0, "us");
        context.AddCpu(cpu, report.Delivered, "server_cpu_per_message");
        if (logFile is not null) events.Log!.WriteTo(logFile, context.Clock);
        await context.CloseAllAsync().ConfigureAwait(false);
    }

    // Opened before the run, so that a path that cannot be written fails it at once rather than after it.
    private static StreamWriter? OpenLog(string path)
    {
        if (path.Length == 0) return null;
        try
        {
            return new StreamWriter(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"--latency-log: cannot write '{path}': {e.Message}", e);
        }
    }

    private static void Send(ScenarioContext context, OpenLoopSchedule schedule, ChatClient[] all, long start, LatencyHistogram sendLag)
    {
        PreciseWait.TightenTimerSlackForThisThread();
        for (long n = 0; n < schedule.TotalMessages; n++)
        {
            if (context.CancellationToken.IsCancellationRequested) return;
            long due = start + schedule.DueTicks(n);
            PreciseWait.Until(context.Clock, due);
            var sender = all[schedule.SenderOf(n)];
            sender.QueueDirect(all[schedule.RecipientOf(n)], new Payload(sender.Index, schedule.SequenceOf(n), due));
            var flushed = sender.FlushAsync(waitForRoom: false);
            // The raw driver never waits here; the library may, when its buffer is full, and then the schedule slips
            // (and the lateness is charged to latency, as it must be).
            if (!flushed.IsCompletedSuccessfully) flushed.AsTask().GetAwaiter().GetResult();
            sendLag.Record(Clock.TicksToNanoseconds(context.Clock.Now - due));
        }
    }
}
