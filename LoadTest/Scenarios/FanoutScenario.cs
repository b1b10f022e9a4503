using System.Text;
using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Scenarios;

/// <summary>
/// C clients are members (IRC: of one channel; ActorChat: online); S of them each broadcast B (= --messages)
/// messages as fast as the socket takes them. Reports deliveries per second (each message reaches C-1 members)
/// and checks every member got every other sender's messages once, in order.
/// </summary>
public sealed class FanoutScenario : IScenario
{
    private const int Batch = 16;

    /// <inheritdoc />
    public async Task RunAsync(ScenarioContext context)
    {
        var options = context.Options;
        int clients = options.Clients, senders = options.Senders, messages = options.Messages;
        if (clients < 2) throw new ArgumentException("fanout needs at least 2 clients");
        if (senders > clients) throw new ArgumentException($"fanout: --senders ({senders}) exceeds --clients ({clients})");
        var result = context.Result;
        result.Parameter("clients", clients);
        result.Parameter("senders", senders);
        result.Parameter("messages", messages);

        using var events = new RunEvents(context);
        var all = await context.LoginAllAsync(clients, 'c', events).ConfigureAwait(false);
        byte[] channel = Encoding.ASCII.GetBytes(options.Channel + context.NamePrefix);
        if (context.Protocol.FanoutNeedsJoin)
        {
            long joined = 0;
            context.Progress.Track("joined", () => Interlocked.Read(ref joined));
            using var gate = new SemaphoreSlim(options.Concurrency);
            await Task.WhenAll(all.Select(async client =>
            {
                await gate.WaitAsync(context.CancellationToken).ConfigureAwait(false);
                try { await client.JoinAsync(channel, context.CancellationToken).ConfigureAwait(false); }
                finally { gate.Release(); }
                Interlocked.Increment(ref joined);
            })).ConfigureAwait(false);
        }

        await context.WarmUpAsync(all, events).ConfigureAwait(false);
        var perSender = Enumerable.Repeat(messages, senders).ToArray();
        var checker = new DeliveryChecker(perSender, clients, clients - 1);
        events.Checker = context.Checker = checker;
        context.Progress.Track("delivered", () => checker.Delivered);

        var cpu = context.MarkCpu();
        long firstSend = context.Clock.Now;
        await Task.WhenAll(all.Take(senders).Select(sender => Task.Run(() => SendAllAsync(context, sender, channel, messages)))).ConfigureAwait(false);
        await context.ReportThroughputAsync(checker, events, firstSend, cpu, "deliveries", "server_cpu_per_delivery").ConfigureAwait(false);
    }

    private static async Task SendAllAsync(ScenarioContext context, ChatClient sender, byte[] channel, int messages)
    {
        for (int sequence = 0; sequence < messages && !context.CancellationToken.IsCancellationRequested;)
        {
            long now = context.Clock.Now;
            for (int i = 0; i < Batch && sequence < messages; i++, sequence++)
                sender.QueueFanout(channel, new Payload(sender.Index, sequence, now));
            await sender.FlushAsync(waitForRoom: true).ConfigureAwait(false);
        }
    }
}
