using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Scenarios;

/// <summary>C clients connect and log in, K at a time; reports logins per second and the slowest login.</summary>
public sealed class LoginScenario : IScenario
{
    /// <inheritdoc />
    public async Task RunAsync(ScenarioContext context)
    {
        var options = context.Options;
        var result = context.Result;
        result.Parameter("clients", options.Clients);
        result.Parameter("concurrency", options.Concurrency);

        using var events = new RunEvents(context);
        var latency = new LatencyHistogram();
        var cpu = context.MarkCpu();
        long start = context.Clock.Now;
        await context.LoginAllAsync(options.Clients, 'c', events, latency).ConfigureAwait(false);
        double seconds = Clock.TicksToSeconds(context.Clock.Now - start);

        result.Add("logins", latency.TotalCount, "logins");
        result.Add("logins_per_second", seconds > 0 ? latency.TotalCount / seconds : 0, "logins/s");
        result.Add("elapsed", seconds, "s");
        result.AddLatencies("login", latency);
        context.AddCpu(cpu, latency.TotalCount, "server_cpu_per_login");
        await context.CloseAllAsync().ConfigureAwait(false);
    }
}
