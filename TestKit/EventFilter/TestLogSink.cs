using Xunit.Abstractions;

namespace ActorChat.TestKit;

/// <summary>Where a kit's system logs: matched against the active event filters and copied to the test output.</summary>
internal sealed class TestLogSink(ITestOutputHelper? output)
{
    private readonly Lock _lock = new();
    private readonly List<EventFilterApplier.Counter> _active = [];
    private ITestOutputHelper? _output = output;

    public void Publish(LogEvent logEvent)
    {
        lock (_lock)
            foreach (var counter in _active)
                counter.Offer(logEvent);
        var output = Volatile.Read(ref _output);
        if (output is null) return;
        try
        {
            output.WriteLine(logEvent.ToString());
        }
        catch (InvalidOperationException)
        {
            // The test already finished: xunit refuses late output, which is fine to lose.
        }
    }

    public void Add(EventFilterApplier.Counter counter)
    {
        lock (_lock) _active.Add(counter);
    }

    public void Remove(EventFilterApplier.Counter counter)
    {
        lock (_lock) _active.Remove(counter);
    }

    public void Detach() => Volatile.Write(ref _output, null);
}
