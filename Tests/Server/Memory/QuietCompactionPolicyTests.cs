using ActorChat.Server.Memory;

namespace ActorChat.Tests.Server.Memory;

public sealed class QuietCompactionPolicyTests
{
    private const long Burst = 1000, Quiet = 10;

    private static QuietCompactionPolicy Policy(long start = 0) => new(start, burstBytes: Burst, quietBytes: Quiet);

    [Fact]
    public void A_quiet_server_that_allocated_little_is_left_alone()
    {
        var policy = Policy();
        Assert.False(policy.ShouldCompact(5));
        Assert.False(policy.ShouldCompact(500));
        Assert.False(policy.ShouldCompact(505));
    }

    [Fact]
    public void A_burst_is_followed_by_one_compaction_at_the_first_quiet_check()
    {
        var policy = Policy();
        Assert.False(policy.ShouldCompact(600));
        // Still busy: a burst is over only once a check finds almost nothing allocated.
        Assert.False(policy.ShouldCompact(1200));
        Assert.True(policy.ShouldCompact(1205));
        Assert.False(policy.ShouldCompact(1206));
    }

    [Fact]
    public void A_busy_server_is_never_compacted()
    {
        var policy = Policy();
        for (long allocated = 0; allocated < 100 * Burst; allocated += Quiet)
            Assert.False(policy.ShouldCompact(allocated));
    }

    [Fact]
    public void The_next_burst_counts_from_the_last_compaction()
    {
        var policy = Policy(start: 10_000);
        Assert.False(policy.ShouldCompact(10_500));
        Assert.False(policy.ShouldCompact(11_500));
        Assert.True(policy.ShouldCompact(11_505));
        // Quiet again, but only 901 bytes since the compaction: not yet another burst.
        Assert.False(policy.ShouldCompact(12_400));
        Assert.False(policy.ShouldCompact(12_406));
        Assert.False(policy.ShouldCompact(12_600));
        Assert.True(policy.ShouldCompact(12_605));
    }

    [Fact]
    public void Exactly_the_thresholds_count_as_a_burst_and_as_busy()
    {
        var policy = Policy();
        Assert.False(policy.ShouldCompact(Burst - Quiet));
        Assert.False(policy.ShouldCompact(Burst));
        Assert.True(policy.ShouldCompact(Burst + Quiet - 1));
    }
}
