namespace ActorChat.Actors;

/// <summary>
/// A child's restart budget (Akka.NET's <c>ChildRestartStats</c>): a window opens at the first restart; more than
/// <c>maxNrOfRetries</c> restarts inside it are refused, and the window starts over once it has passed.
/// </summary>
internal sealed class ChildRestartStats
{
    private int _retries;
    private long _windowStart;

    public bool RequestRestartPermission(int? maxNrOfRetries, TimeSpan? withinTimeRange) =>
        RequestRestartPermission(maxNrOfRetries, withinTimeRange, System.Diagnostics.Stopwatch.GetTimestamp());

    /// <summary>As above at the given Stopwatch timestamp (tests drive the clock).</summary>
    internal bool RequestRestartPermission(int? maxNrOfRetries, TimeSpan? withinTimeRange, long now)
    {
        if (maxNrOfRetries == 0) return false;
        if (maxNrOfRetries is { } max && withinTimeRange is { } window) return RetriesInWindowOkay(max, window, now);
        if (maxNrOfRetries is { } onlyMax) return ++_retries <= onlyMax;
        if (withinTimeRange is { } onlyWindow) return RetriesInWindowOkay(1, onlyWindow, now);
        return true;
    }

    private bool RetriesInWindowOkay(int retries, TimeSpan window, long now)
    {
        if (_windowStart == 0) _windowStart = now;
        if (System.Diagnostics.Stopwatch.GetElapsedTime(_windowStart, now) <= window)
        {
            _retries++;
            return _retries <= retries;
        }
        _retries = 1;
        _windowStart = now;
        return true;
    }
}
