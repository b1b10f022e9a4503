namespace ActorChat.Tests.TestKit;

public class TimeFactorTests() : ActorChat.TestKit.TestKit("""
    actorchat.testkit.timefactor = 2.5
    actorchat.testkit.expect-timeout = 200ms
    """)
{
    [Fact]
    public void Default_timeouts_are_the_expect_timeout_scaled_by_the_time_factor()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(500), RemainingOrDefault);
        Assert.Equal(TimeSpan.FromSeconds(5), Dilated(TimeSpan.FromSeconds(2)));
    }
}

public class TestKitSettingsTests
{
    [Theory]
    [InlineData("actorchat.testkit.timefactor = 0")]
    [InlineData("actorchat.testkit.expect-timeout = 0s")]
    public void Out_of_range_TestKit_settings_are_refused(string setting)
    {
        Assert.Throws<ArgumentException>(() => new ActorChat.TestKit.TestKit(setting));
    }
}
