using System.Diagnostics;
using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Supervision;

public class ChildRestartStatsTests
{
    private static long At(double seconds) => 1 + (long)(seconds * Stopwatch.Frequency);

    [Fact]
    public void Restarts_beyond_the_budget_inside_the_window_are_refused()
    {
        var stats = new ChildRestartStats();
        var window = TimeSpan.FromSeconds(10);
        Assert.True(stats.RequestRestartPermission(2, window, At(0)));
        Assert.True(stats.RequestRestartPermission(2, window, At(1)));
        Assert.False(stats.RequestRestartPermission(2, window, At(2)));
    }

    [Fact]
    public void The_window_starts_over_once_it_has_passed()
    {
        var stats = new ChildRestartStats();
        var window = TimeSpan.FromSeconds(10);
        Assert.True(stats.RequestRestartPermission(2, window, At(0)));
        Assert.True(stats.RequestRestartPermission(2, window, At(5)));
        Assert.True(stats.RequestRestartPermission(2, window, At(11)));
        Assert.True(stats.RequestRestartPermission(2, window, At(12)));
        Assert.False(stats.RequestRestartPermission(2, window, At(13)));
    }

    [Fact]
    public void No_limits_means_always_and_zero_retries_means_never()
    {
        var stats = new ChildRestartStats();
        for (var i = 0; i < 100; i++) Assert.True(stats.RequestRestartPermission(null, null, At(i)));
        Assert.False(new ChildRestartStats().RequestRestartPermission(0, null, At(0)));
    }

    [Fact]
    public void A_window_without_a_count_allows_one_restart_per_window()
    {
        var stats = new ChildRestartStats();
        var window = TimeSpan.FromSeconds(1);
        Assert.True(stats.RequestRestartPermission(null, window, At(0)));
        Assert.False(stats.RequestRestartPermission(null, window, At(0.5)));
    }

    [Fact]
    public void Strategies_treat_negative_or_infinite_limits_as_none()
    {
        var strategy = new OneForOneStrategy(-1, -1, _ => Directive.Restart);
        Assert.Null(strategy.MaxNumberOfRetries);
        Assert.Null(strategy.WithinTimeRange);
        var infinite = new AllForOneStrategy(3, Timeout.InfiniteTimeSpan, _ => Directive.Restart);
        Assert.Equal(3, infinite.MaxNumberOfRetries);
        Assert.Null(infinite.WithinTimeRange);
    }
}
