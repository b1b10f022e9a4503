namespace ActorChat.LoadTest.Measurement;

/// <summary>
/// Records latencies from many threads without locks: each thread writes its own <see cref="LatencyHistogram"/>,
/// and <see cref="Snapshot"/> merges them. Take the snapshot once the recording threads are done.
/// </summary>
public sealed class LatencyRecorder : IDisposable
{
    private readonly ThreadLocal<LatencyHistogram> _perThread = new(() => new LatencyHistogram(), trackAllValues: true);

    /// <summary>Records one latency in nanoseconds on the calling thread's histogram.</summary>
    public void Record(long nanoseconds) => _perThread.Value!.Record(nanoseconds);

    /// <summary>A new histogram holding everything recorded so far on every thread.</summary>
    public LatencyHistogram Snapshot()
    {
        var merged = new LatencyHistogram();
        foreach (var histogram in _perThread.Values) merged.Add(histogram);
        return merged;
    }

    /// <inheritdoc />
    public void Dispose() => _perThread.Dispose();
}
