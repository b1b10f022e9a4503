using Microsoft.Extensions.Logging;

namespace ActorChat.TestKit;

/// <summary>Counts matching entries in the kit's log sink while the code under test runs, then waits for the count.</summary>
internal sealed class EventFilterApplier(TestKitBase testKit, EventFilterApplier.Spec spec) : IEventFilterApplier
{
    public void ExpectOne(Action action) => Expect(1, action);

    public void ExpectOne(TimeSpan timeout, Action action) => Expect(1, timeout, action);

    public void Expect(int expectedCount, Action action) => Run(expectedCount, null, action);

    public void Expect(int expectedCount, TimeSpan timeout, Action action) => Run(expectedCount, timeout, action);

    public Task ExpectOneAsync(Func<Task> actionAsync) => ExpectAsync(1, actionAsync);

    public async Task ExpectAsync(int expectedCount, Func<Task> actionAsync)
    {
        ArgumentNullException.ThrowIfNull(actionAsync);
        var counter = new Counter(spec);
        testKit.LogSink.Add(counter);
        try
        {
            await actionAsync().ConfigureAwait(false);
            await Task.Run(() => Verify(counter, expectedCount, null)).ConfigureAwait(false);
        }
        finally
        {
            testKit.LogSink.Remove(counter);
        }
    }

    private void Run(int expectedCount, TimeSpan? timeout, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedCount);
        var counter = new Counter(spec);
        testKit.LogSink.Add(counter);
        try
        {
            action();
            Verify(counter, expectedCount, timeout);
        }
        finally
        {
            testKit.LogSink.Remove(counter);
        }
    }

    private void Verify(Counter counter, int expectedCount, TimeSpan? timeout)
    {
        var wait = timeout is { } t ? testKit.Dilated(t) : testKit.RemainingOrDefault;
        var count = counter.WaitFor(expectedCount, wait);
        if (count != expectedCount)
            throw new Xunit.Sdk.XunitException(
                $"Expected {expectedCount} log entries matching {spec} within {wait}, but {count} arrived" +
                (counter.Seen.Count == 0 ? "." : ": " + string.Join(" | ", counter.Seen)));
    }

    internal sealed record Spec(LogLevel Level, Type? ExceptionType, string? Message, string? Start, string? Contains, string? Source)
    {
        public bool Matches(LogEvent e)
        {
            if (e.Level != Level) return false;
            if (ExceptionType is not null && !ExceptionType.IsInstanceOfType(e.Exception)) return false;
            if (Source is not null && e.Source != Source) return false;
            return TextMatches(e.Message) || (ExceptionType is not null && e.Exception is not null && TextMatches(e.Exception.Message));
        }

        private bool TextMatches(string text) =>
            (Message is null || text == Message) &&
            (Start is null || text.StartsWith(Start, StringComparison.Ordinal)) &&
            (Contains is null || text.Contains(Contains, StringComparison.Ordinal));

        public override string ToString()
        {
            var parts = new List<string> { Level.ToString() };
            if (ExceptionType is not null) parts.Add($"exception {ExceptionType.Name}");
            if (Message is not null) parts.Add($"message \"{Message}\"");
            if (Start is not null) parts.Add($"starting \"{Start}\"");
            if (Contains is not null) parts.Add($"containing \"{Contains}\"");
            if (Source is not null) parts.Add($"from {Source}");
            return "{" + string.Join(", ", parts) + "}";
        }
    }

    /// <summary>A filter while it is active: counts matches and wakes the waiting test thread.</summary>
    internal sealed class Counter(Spec spec)
    {
        private readonly object _gate = new();
        private int _count;

        public List<string> Seen { get; } = [];

        public void Offer(LogEvent e)
        {
            if (!spec.Matches(e)) return;
            lock (_gate)
            {
                _count++;
                Seen.Add(e.Message);
                Monitor.PulseAll(_gate);
            }
        }

        public int WaitFor(int expected, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            // Expecting none means watching the whole timeout for one that should not come.
            var target = Math.Max(expected, 1);
            lock (_gate)
            {
                while (_count < target)
                {
                    var left = deadline - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero) break;
                    Monitor.Wait(_gate, left);
                }
                return _count;
            }
        }
    }
}
