using System.Collections.Concurrent;
using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Reporting;

/// <summary>What one scenario run measured and whether it passed: no loss, no protocol error, supported.</summary>
public sealed class ScenarioResult
{
    private const int KeptErrors = 20;
    private readonly ConcurrentQueue<string> _errors = new();
    private long _errorCount;

    /// <summary>Creates an empty result.</summary>
    public ScenarioResult(string scenario, string protocol, string target)
    {
        Scenario = scenario;
        Protocol = protocol;
        Target = target;
    }

    /// <summary>The scenario's name.</summary>
    public string Scenario { get; }

    /// <summary>The wire protocol spoken.</summary>
    public string Protocol { get; }

    /// <summary>The server address.</summary>
    public string Target { get; }

    /// <summary>The traffic shape (clients, messages, ...), in the order given.</summary>
    public List<KeyValuePair<string, double>> Parameters { get; } = [];

    /// <summary>The figures, in the order given.</summary>
    public List<Metric> Metrics { get; } = [];

    /// <summary>The delivery check, for scenarios that send messages.</summary>
    public DeliveryReport? Delivery { get; set; }

    /// <summary>Why the scenario could not run against this server, if it could not.</summary>
    public string? Unsupported { get; set; }

    /// <summary>Errors seen (protocol errors, unexpected disconnects, timeouts).</summary>
    public long ErrorCount => Interlocked.Read(ref _errorCount);

    /// <summary>The first errors, for the report.</summary>
    public IReadOnlyCollection<string> FirstErrors => _errors;

    /// <summary>True when supported, every message arrived exactly once in order, and nothing went wrong.</summary>
    public bool Passed => Unsupported is null && ErrorCount == 0 && (Delivery?.IsClean ?? true);

    /// <summary>Adds a traffic parameter.</summary>
    public void Parameter(string name, double value) => Parameters.Add(new(name, value));

    /// <summary>Adds a figure.</summary>
    public void Add(string name, double value, string unit) => Metrics.Add(new Metric(name, value, unit));

    /// <summary>Adds p50, p90, p99, p99.9 and max of a nanosecond histogram, in microseconds.</summary>
    public void AddLatencies(string prefix, LatencyHistogram histogram)
    {
        foreach (var (label, percentile) in new[] { ("p50", 50.0), ("p90", 90.0), ("p99", 99.0), ("p99_9", 99.9) })
            Add($"{prefix}_{label}", histogram.ValueAtPercentile(percentile) / 1000.0, "us");
        Add($"{prefix}_max", histogram.Max / 1000.0, "us");
    }

    /// <summary>Records an error; the first few are kept verbatim.</summary>
    public void Error(string message)
    {
        if (Interlocked.Increment(ref _errorCount) <= KeptErrors) _errors.Enqueue(message);
    }
}
