using System.Diagnostics;
using System.Globalization;

namespace ActorChat.LoadTest.Reporting;

/// <summary>
/// Prints "[scenario] elapsed  what count (rate so far)  errors n" to standard error at a fixed interval while a
/// scenario runs; the scenario tells it what it is counting as phases change.
/// </summary>
public sealed class ProgressLine : IAsyncDisposable
{
    private readonly string _scenario;
    private readonly ScenarioResult _result;
    private readonly TextWriter _output;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private volatile Phase _phase = new("starting", () => 0);

    private sealed record Phase(string Label, Func<long> Count)
    {
        public Stopwatch Elapsed { get; } = Stopwatch.StartNew();
    }

    /// <summary>Starts printing every <paramref name="interval"/>; a non-positive interval or <paramref name="quiet"/> prints nothing.</summary>
    public ProgressLine(string scenario, ScenarioResult result, TimeSpan interval, bool quiet, TextWriter? output = null)
    {
        _scenario = scenario;
        _result = result;
        _output = output ?? Console.Error;
        _loop = quiet || interval <= TimeSpan.Zero ? Task.CompletedTask : LoopAsync(interval);
    }

    /// <summary>From now on, report <paramref name="count"/> under <paramref name="label"/>, its rate measured from now.</summary>
    public void Track(string label, Func<long> count) => _phase = new Phase(label, count);

    private async Task LoopAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                var phase = _phase;
                long count = phase.Count();
                double seconds = phase.Elapsed.Elapsed.TotalSeconds;
                _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{_scenario}] {_elapsed.Elapsed.TotalSeconds,6:F1}s  {phase.Label} {count:#,0} ({(seconds > 0 ? count / seconds : 0):#,0}/s)  errors {_result.ErrorCount}"));
            }
        }
        catch (OperationCanceledException) { }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
