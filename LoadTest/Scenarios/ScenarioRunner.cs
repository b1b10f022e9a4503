using System.Net;
using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Options;
using ActorChat.LoadTest.Reporting;
using ActorChat.LoadTest.Transport;

namespace ActorChat.LoadTest.Scenarios;

/// <summary>
/// Runs one scenario within the run's time bound and turns every way it can end (done, timed out, refused
/// connection, refused login) into a <see cref="ScenarioResult"/>; always closes the clients it opened.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>Runs scenario <paramref name="name"/> against <paramref name="endPoint"/>.</summary>
    /// <param name="name">One of <see cref="LoadTestOptions.Scenarios"/>.</param>
    /// <param name="options">The traffic shape and bounds.</param>
    /// <param name="endPoint">The server.</param>
    /// <param name="protocol">The wire protocol.</param>
    /// <param name="serverPid">The server's process id, for memory figures, when known.</param>
    public static async Task<ScenarioResult> RunAsync(string name, LoadTestOptions options, EndPoint endPoint, IChatProtocol protocol, int? serverPid)
    {
        var result = new ScenarioResult(name, protocol.Name, endPoint.ToString() ?? "");
        string prefix = options.NamePrefix.Length > 0 ? options.NamePrefix : RandomPrefix();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeoutSeconds));
        await using var progress = new ProgressLine(name, result, TimeSpan.FromSeconds(options.ProgressSeconds), options.Quiet);
        var context = new ScenarioContext(options with { Scenario = name }, endPoint, protocol, serverPid, prefix, result, progress, deadline.Token);
        try
        {
            await ScenarioCatalog.Create(name).RunAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            result.Error($"timed out after {options.TimeoutSeconds:0.#} s (raise --timeout, or lower the load)");
        }
        catch (Exception e) when (e is ConnectException or LoginException or ArgumentException)
        {
            result.Error(e.Message);
        }
        finally
        {
            if (result.Delivery is null && context.Checker is { } checker) result.Delivery = checker.Report();
            await context.CloseAllAsync().ConfigureAwait(false);
        }
        return result;
    }

    private static string RandomPrefix() =>
        new(Enumerable.Range(0, 3).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());
}
