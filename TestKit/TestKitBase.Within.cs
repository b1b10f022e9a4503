using System.Diagnostics;

namespace ActorChat.TestKit;

public abstract partial class TestKitBase
{
    /// <summary>Runs <paramref name="action"/>, which must finish within <paramref name="max"/> (dilated); expectations
    /// inside it default to the time that remains.</summary>
    public void Within(TimeSpan max, Action action) => Within(TimeSpan.Zero, max, action);

    /// <summary>Runs <paramref name="action"/>, which must take at least <paramref name="min"/> and at most
    /// <paramref name="max"/> (dilated).</summary>
    public void Within(TimeSpan min, TimeSpan max, Action action) => Within(min, max, () =>
    {
        action();
        return true;
    });

    /// <summary>Runs <paramref name="function"/> within <paramref name="max"/> and returns its result.</summary>
    public T Within<T>(TimeSpan max, Func<T> function) => Within(TimeSpan.Zero, max, function);

    private T Within<T>(TimeSpan min, TimeSpan max, Func<T> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var dilated = Dilated(max);
        var start = Stopwatch.GetTimestamp();
        var outer = _end;
        var end = DateTime.UtcNow + dilated;
        _end = outer is { } o && o < end ? o : end;
        T result;
        try
        {
            result = function();
        }
        finally
        {
            _end = outer;
        }
        var took = Stopwatch.GetElapsedTime(start);
        if (took < min) Fail($"The block took {took}, less than the required minimum {min}.");
        if (took > dilated) Fail($"The block took {took}, exceeding {dilated} (Within {max}, dilated).");
        return result;
    }

    /// <summary>Polls <paramref name="conditionIsFulfilled"/> until it holds, failing after <paramref name="max"/>.
    /// Polling (every <paramref name="interval"/>, default 10 ms) is this method's contract, as in Akka.TestKit.</summary>
    public void AwaitCondition(Func<bool> conditionIsFulfilled, TimeSpan? max = null, TimeSpan? interval = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(conditionIsFulfilled);
        var wait = RemainingOrDilated(max);
        var start = Stopwatch.GetTimestamp();
        while (!conditionIsFulfilled())
        {
            var left = wait - Stopwatch.GetElapsedTime(start);
            if (left <= TimeSpan.Zero)
                Fail($"Timeout ({wait}) waiting for the condition{Hint(message)}.");
            PollPause(left, interval);
        }
    }

    /// <summary>Polls <paramref name="conditionIsFulfilled"/> until it holds, failing with <paramref name="message"/>
    /// after <paramref name="max"/>.</summary>
    public void AwaitCondition(Func<bool> conditionIsFulfilled, TimeSpan? max, string message) =>
        AwaitCondition(conditionIsFulfilled, max, null, message);

    /// <summary>Runs <paramref name="assertion"/> until it stops throwing, rethrowing its last failure after
    /// <paramref name="duration"/>. Polls every <paramref name="interval"/> (default 10 ms).</summary>
    public void AwaitAssert(Action assertion, TimeSpan? duration = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var wait = RemainingOrDilated(duration);
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                assertion();
                return;
            }
            catch (Exception) when (Stopwatch.GetElapsedTime(start) < wait)
            {
                PollPause(wait - Stopwatch.GetElapsedTime(start), interval);
            }
        }
    }

    private static void PollPause(TimeSpan left, TimeSpan? interval)
    {
        var pause = interval ?? TimeSpan.FromMilliseconds(10);
        Thread.Sleep(pause < left ? pause : left);
    }
}
