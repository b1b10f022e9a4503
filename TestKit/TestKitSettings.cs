using ActorChat.Actors.Configuration;

namespace ActorChat.TestKit;

/// <summary>The TestKit's settings (keys under <c>actorchat.testkit</c>).</summary>
public sealed class TestKitSettings
{
    /// <summary>Reads the settings from <paramref name="config"/>.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public TestKitSettings(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        TestTimeFactor = config.GetDouble("actorchat.testkit.timefactor", 1.0);
        SingleExpectDefault = config.GetTimeSpan("actorchat.testkit.expect-timeout", TimeSpan.FromSeconds(3));
        if (TestTimeFactor <= 0 || double.IsNaN(TestTimeFactor) || double.IsInfinity(TestTimeFactor))
            throw new ArgumentException($"actorchat.testkit.timefactor must be a positive number, got {TestTimeFactor}.");
        if (SingleExpectDefault <= TimeSpan.Zero)
            throw new ArgumentException($"actorchat.testkit.expect-timeout must be positive, got {SingleExpectDefault}.");
    }

    /// <summary><c>timefactor</c>: multiplies every TestKit timeout (raise it on slow machines).</summary>
    public double TestTimeFactor { get; }

    /// <summary><c>expect-timeout</c>: how long an expectation waits when given no timeout (before dilation).</summary>
    public TimeSpan SingleExpectDefault { get; }
}
