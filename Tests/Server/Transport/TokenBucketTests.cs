using System.Diagnostics;
using ActorChat.Server.Transport;

namespace ActorChat.Tests.Server.Transport;

public sealed class TokenBucketTests
{
    private static readonly long Second = Stopwatch.Frequency;

    [Fact]
    public void A_full_bucket_allows_capacity_lines_at_once_and_refuses_the_next()
    {
        var bucket = new TokenBucket(capacity: 5, refillPerSecond: 5, now: 0);
        for (var i = 0; i < 5; i++) Assert.True(bucket.TryTake(0), $"line {i}");
        Assert.False(bucket.TryTake(0));
    }

    [Fact]
    public void Tokens_refill_at_the_configured_rate()
    {
        var bucket = new TokenBucket(capacity: 10, refillPerSecond: 10, now: 0);
        for (var i = 0; i < 10; i++) bucket.TryTake(0);
        Assert.False(bucket.TryTake(0));
        // A tenth of a second refills exactly one token.
        Assert.True(bucket.TryTake(Second / 10));
        Assert.False(bucket.TryTake(Second / 10));
        Assert.True(bucket.TryTake(2 * Second / 10));
    }

    [Fact]
    public void Refill_never_exceeds_the_capacity()
    {
        var bucket = new TokenBucket(capacity: 3, refillPerSecond: 100, now: 0);
        var later = 60 * Second;
        for (var i = 0; i < 3; i++) Assert.True(bucket.TryTake(later));
        Assert.False(bucket.TryTake(later));
    }

    [Fact]
    public void A_refused_line_costs_no_token()
    {
        var bucket = new TokenBucket(capacity: 1, refillPerSecond: 1, now: 0);
        Assert.True(bucket.TryTake(0));
        for (var i = 0; i < 100; i++) Assert.False(bucket.TryTake(Second / 2));
        Assert.True(bucket.TryTake(Second));
    }

    [Fact]
    public void A_clock_that_goes_backwards_refills_nothing()
    {
        var bucket = new TokenBucket(capacity: 1, refillPerSecond: 1, now: Second);
        Assert.True(bucket.TryTake(Second));
        Assert.False(bucket.TryTake(0));
    }
}
