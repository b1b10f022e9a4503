using System.Diagnostics;
using ActorChat.LoadTest.Hosting;

namespace ActorChat.LoadTest.Scenarios;

/// <summary>
/// C logged-in connections held idle for D seconds (answering the server's PINGs); reports the server's resident
/// memory before connecting, after logging in and at the end, and the growth per connection. Memory needs the
/// server's pid (<c>--spawn</c> or <c>--server-pid</c>); without it the figures are reported as unavailable.
/// </summary>
public sealed class IdleScenario : IScenario
{
    /// <inheritdoc />
    public async Task RunAsync(ScenarioContext context)
    {
        var options = context.Options;
        var result = context.Result;
        result.Parameter("clients", options.Clients);
        result.Parameter("duration", options.DurationSeconds);

        long? before = Resident(context);
        using var events = new RunEvents(context);
        var loggedIn = Stopwatch.StartNew();
        var all = await context.LoginAllAsync(options.Clients, 'c', events).ConfigureAwait(false);
        result.Add("logins_per_second", all.Length / loggedIn.Elapsed.TotalSeconds, "logins/s");
        long? afterLogin = Resident(context);

        context.Progress.Track("connected", () => all.Count(c => !c.IsClosed));
        await Task.Delay(TimeSpan.FromSeconds(options.DurationSeconds), context.CancellationToken).ConfigureAwait(false);
        long? atEnd = Resident(context);
        int stillOpen = all.Count(c => !c.IsClosed);
        result.Add("connected_at_end", stillOpen, "connections");
        if (stillOpen < all.Length) result.Error($"{all.Length - stillOpen} of {all.Length} idle connections were closed during the hold");

        if (before is { } b && afterLogin is { } a && atEnd is { } e)
        {
            result.Add("rss_before", b / 1024.0, "KiB");
            result.Add("rss_after_login", a / 1024.0, "KiB");
            result.Add("rss_at_end", e / 1024.0, "KiB");
            result.Add("bytes_per_connection", (e - b) / (double)all.Length, "B");
        }
        else
        {
            Console.Error.WriteLine("[idle] server memory not measured: give --spawn or --server-pid <pid> (Linux /proc)");
        }
        await context.CloseAllAsync().ConfigureAwait(false);
    }

    private static long? Resident(ScenarioContext context) =>
        context.ServerPid is { } pid ? ProcessMemory.ResidentBytes(pid) : null;
}
