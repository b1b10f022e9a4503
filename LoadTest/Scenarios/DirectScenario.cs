using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Scenarios;

/// <summary>
/// C clients each send M direct messages, cycling through the other clients, pipelined as fast as the socket takes
/// them; reports delivered messages per second from the first send to the last delivery, and checks that every
/// message arrived once, at its addressee, in per-sender order.
/// </summary>
public sealed class DirectScenario : IScenario
{
    private const int Batch = 64;

    /// <inheritdoc />
    public async Task RunAsync(ScenarioContext context)
    {
        var options = context.Options;
        int clients = options.Clients, messages = options.Messages;
        if (clients < 2) throw new ArgumentException("direct needs at least 2 clients");
        var result = context.Result;
        result.Parameter("clients", clients);
        result.Parameter("messages", messages);

        using var events = new RunEvents(context);
        var all = await context.LoginAllAsync(clients, 'c', events).ConfigureAwait(false);
        await context.WarmUpAsync(all, events).ConfigureAwait(false);

        var checker = new DeliveryChecker(Enumerable.Repeat(messages, clients).ToArray(), clients, 1,
            (sender, sequence) => OpenLoopSchedule.RecipientFor(sender, sequence, clients));
        events.Checker = context.Checker = checker;
        context.Progress.Track("delivered", () => checker.Delivered);

        var cpu = context.MarkCpu();
        long firstSend = context.Clock.Now;
        var senders = all.Select(client => Task.Run(() => SendAllAsync(context, client, all, messages))).ToArray();
        await Task.WhenAll(senders).ConfigureAwait(false);
        await context.ReportThroughputAsync(checker, events, firstSend, cpu, "delivered", "server_cpu_per_message").ConfigureAwait(false);
    }

    private static async Task SendAllAsync(ScenarioContext context, ChatClient sender, ChatClient[] all, int messages)
    {
        for (int sequence = 0; sequence < messages && !context.CancellationToken.IsCancellationRequested;)
        {
            long now = context.Clock.Now;
            for (int i = 0; i < Batch && sequence < messages; i++, sequence++)
                sender.QueueDirect(all[OpenLoopSchedule.RecipientFor(sender.Index, sequence, all.Length)], new Payload(sender.Index, sequence, now));
            await sender.FlushAsync(waitForRoom: true).ConfigureAwait(false);
        }
    }
}
