namespace ActorChat.Tests.Client.Cli.Output;

/// <summary>A clock stopped at one instant, in a time zone two hours east of UTC.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("test+2", TimeSpan.FromHours(2), "test+2", "test+2");

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => Zone;
}
