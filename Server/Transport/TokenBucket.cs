using System.Diagnostics;

namespace ActorChat.Server.Transport;

/// <summary>
/// The spec's rate limit: a bucket holding at most <c>capacity</c> tokens, refilled continuously at
/// <c>refillPerSecond</c>, one token per line. Not thread-safe: one connection's read loop owns it.
/// </summary>
internal sealed class TokenBucket
{
    private readonly double _capacity;
    private readonly double _tokensPerTick;
    private double _tokens;
    private long _last;

    /// <summary>A full bucket as of <paramref name="now"/> (a <see cref="Stopwatch.GetTimestamp"/> value).</summary>
    public TokenBucket(int capacity, int refillPerSecond, long now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(refillPerSecond, 1);
        _capacity = capacity;
        _tokensPerTick = (double)refillPerSecond / Stopwatch.Frequency;
        _tokens = capacity;
        _last = now;
    }

    /// <summary>Takes one token if there is one at <paramref name="now"/>; false means the line is over the limit.</summary>
    public bool TryTake(long now)
    {
        if (now > _last)
        {
            _tokens = Math.Min(_capacity, _tokens + (now - _last) * _tokensPerTick);
            _last = now;
        }
        if (_tokens < 1) return false;
        _tokens -= 1;
        return true;
    }
}
