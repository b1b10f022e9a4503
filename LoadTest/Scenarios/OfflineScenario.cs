using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Scenarios;

/// <summary>
/// C names log in once and leave; S senders then send M direct messages each to those offline names (expecting
/// <c>QUEUED</c> for every one); then the C names log in again and must receive every message as <c>OFFLINE</c>, once
/// and in per-sender order. Reports QUEUED per second and OFFLINE deliveries per second. A server that does not
/// store offline messages (answers <c>ERR no-such-user</c>) is reported as unsupported, never as a pass.
/// </summary>
public sealed class OfflineScenario : IScenario
{
    private const int Batch = 64;

    /// <inheritdoc />
    public async Task RunAsync(ScenarioContext context)
    {
        var options = context.Options;
        var result = context.Result;
        int recipients = options.Clients, senders = options.Senders, messages = options.Messages;
        result.Parameter("clients", recipients);
        result.Parameter("senders", senders);
        result.Parameter("messages", messages);
        if (!context.Protocol.SupportsOffline)
        {
            result.Unsupported = $"the {context.Protocol.Name} protocol has no offline messages";
            return;
        }

        using var events = new RunEvents(context);
        var first = await context.LoginAllAsync(recipients, 'r', events).ConfigureAwait(false);
        await Task.WhenAll(first.Select(c => c.QuitAsync(context.CancellationToken))).ConfigureAwait(false);

        var sending = await context.LoginAllAsync(senders, 's', events).ConfigureAwait(false);
        long expectedQueued = (long)senders * messages;
        context.Progress.Track("queued", () => events.Queued);
        long firstSend = context.Clock.Now;
        foreach (var sender in sending) await SendAllAsync(sender, first, messages).ConfigureAwait(false);
        await WaitForQueuedAsync(context, events, expectedQueued).ConfigureAwait(false);
        if (events.NoSuchUser > 0)
        {
            result.Unsupported = $"the server answered ERR no-such-user {events.NoSuchUser} times for names that had logged in before: it does not store offline messages (QUEUED/OFFLINE, issue 5)";
            await context.CloseAllAsync().ConfigureAwait(false);
            return;
        }
        double queuedSeconds = Clock.TicksToSeconds(events.LastQueuedTicks - firstSend);
        result.Add("queued", events.Queued, "msg");
        result.Add("queued_per_second", queuedSeconds > 0 ? events.Queued / queuedSeconds : 0, "msg/s");

        var checker = new DeliveryChecker(Enumerable.Repeat(messages, senders).ToArray(), recipients, 1,
            (sender, sequence) => RecipientOf(sender, sequence, recipients));
        events.Checker = context.Checker = checker;
        context.Progress.Track("offline delivered", () => checker.Delivered);
        long loginStart = context.Clock.Now;
        await context.LoginAllAsync(recipients, 'r', events).ConfigureAwait(false);
        await context.WaitForDeliveriesAsync(checker).ConfigureAwait(false);

        var report = checker.Report();
        result.Delivery = report;
        double offlineSeconds = Clock.TicksToSeconds(events.LastDeliveryTicks - loginStart);
        result.Add("offline_delivered", report.Delivered, "msg");
        result.Add("offline_per_second", offlineSeconds > 0 ? report.Delivered / offlineSeconds : 0, "msg/s");
        await context.CloseAllAsync().ConfigureAwait(false);
    }

    /// <summary>Sender s's q-th message goes to recipient (s·7919 + q) mod C: each sender walks all names from its own offset.</summary>
    private static int RecipientOf(int sender, int sequence, int recipients) => (int)(((long)sender * 7919 + sequence) % recipients);

    private static async Task SendAllAsync(ChatClient sender, ChatClient[] recipients, int messages)
    {
        for (int sequence = 0; sequence < messages;)
        {
            for (int i = 0; i < Batch && sequence < messages; i++, sequence++)
                sender.QueueDirect(recipients[RecipientOf(sender.Index, sequence, recipients.Length)], new Payload(sender.Index, sequence, 0));
            await sender.FlushAsync(waitForRoom: true).ConfigureAwait(false);
        }
    }

    private static async Task WaitForQueuedAsync(ScenarioContext context, RunEvents events, long expected)
    {
        long last = -1;
        var sinceProgress = System.Diagnostics.Stopwatch.StartNew();
        while (events.Queued + events.NoSuchUser < expected)
        {
            await Task.Delay(50, context.CancellationToken).ConfigureAwait(false);
            long now = events.Queued + events.NoSuchUser;
            if (now != last) { last = now; sinceProgress.Restart(); continue; }
            if (sinceProgress.Elapsed.TotalSeconds >= context.Options.StallSeconds)
            {
                context.Result.Error($"stalled: {expected - now} of {expected} messages to offline names got neither QUEUED nor an error");
                return;
            }
        }
    }
}
