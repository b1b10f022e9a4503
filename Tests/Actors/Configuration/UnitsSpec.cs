using ActorChat.Actors.Configuration;

namespace ActorChat.Tests.Actors.Configuration;

/// <summary>HOCON.md "Units format", "Duration format" and "Size in bytes format".</summary>
public class UnitsSpec
{
    private static Config Value(string written) => ConfigurationFactory.ParseString("v = " + written);

    [Theory]
    [InlineData("500ms", 500 * TimeSpan.TicksPerMillisecond)]
    [InlineData("5s", 5 * TimeSpan.TicksPerSecond)]
    [InlineData("2m", 2 * TimeSpan.TicksPerMinute)]
    [InlineData("1h", TimeSpan.TicksPerHour)]
    [InlineData("1d", TimeSpan.TicksPerDay)]
    [InlineData("250", 250 * TimeSpan.TicksPerMillisecond)]
    [InlineData("\"250\"", 250 * TimeSpan.TicksPerMillisecond)]
    [InlineData("1.5s", 15 * TimeSpan.TicksPerSecond / 10)]
    [InlineData("\" 10 seconds \"", 10 * TimeSpan.TicksPerSecond)]
    [InlineData("10 seconds", 10 * TimeSpan.TicksPerSecond)]
    [InlineData("300ns", 3)]
    [InlineData("1 nano", 0)]
    [InlineData("100 nanos", 1)]
    [InlineData("2 nanosecond", 0)]
    [InlineData("500 nanoseconds", 5)]
    [InlineData("7us", 70)]
    [InlineData("1 micro", 10)]
    [InlineData("2 micros", 20)]
    [InlineData("3 microsecond", 30)]
    [InlineData("4 microseconds", 40)]
    [InlineData("1 milli", TimeSpan.TicksPerMillisecond)]
    [InlineData("2 millis", 2 * TimeSpan.TicksPerMillisecond)]
    [InlineData("3 millisecond", 3 * TimeSpan.TicksPerMillisecond)]
    [InlineData("4 milliseconds", 4 * TimeSpan.TicksPerMillisecond)]
    [InlineData("1 second", TimeSpan.TicksPerSecond)]
    [InlineData("1 minute", TimeSpan.TicksPerMinute)]
    [InlineData("3 minutes", 3 * TimeSpan.TicksPerMinute)]
    [InlineData("1 hour", TimeSpan.TicksPerHour)]
    [InlineData("2 hours", 2 * TimeSpan.TicksPerHour)]
    [InlineData("1 day", TimeSpan.TicksPerDay)]
    [InlineData("7 days", 7 * TimeSpan.TicksPerDay)]
    [InlineData("0", 0)]
    public void Durations_use_the_spec_units_and_a_bare_number_is_milliseconds(string written, long ticks) =>
        Assert.Equal(TimeSpan.FromTicks(ticks), Value(written).GetTimeSpan("v"));

    [Theory]
    [InlineData("5S")]
    [InlineData("5 Seconds")]
    [InlineData("5 MS")]
    [InlineData("5 sec")]
    [InlineData("five seconds")]
    [InlineData("\"\"")]
    public void Duration_units_are_exact_and_lowercase(string written)
    {
        var e = Assert.Throws<ConfigurationException>(() => Value(written).GetTimeSpan("v"));
        Assert.Contains("'v': expected a duration", e.Message);
    }

    [Fact]
    public void Infinite_is_a_duration_only_when_allowed()
    {
        Assert.Equal(Timeout.InfiniteTimeSpan, Value("infinite").GetTimeSpan("v"));
        var e = Assert.Throws<ConfigurationException>(() => Value("infinite").GetTimeSpan("v", allowInfinite: false));
        Assert.Contains("infinite duration is not allowed", e.Message);
    }

    [Fact]
    public void A_duration_too_large_for_TimeSpan_is_an_error_not_a_wrap_around()
    {
        var e = Assert.Throws<ConfigurationException>(() => Value("99999999999d").GetTimeSpan("v"));
        Assert.Contains("out of range", e.Message);
    }

    [Theory]
    [InlineData("1024", 1024L)]
    [InlineData("\"10\"", 10L)]
    [InlineData("10B", 10L)]
    [InlineData("10b", 10L)]
    [InlineData("1 byte", 1L)]
    [InlineData("10 bytes", 10L)]
    [InlineData("64KiB", 64L * 1024)]
    [InlineData("4MiB", 4L * 1024 * 1024)]
    [InlineData("1GB", 1_000_000_000L)]
    [InlineData("1kB", 1000L)]
    [InlineData("1 kilobyte", 1000L)]
    [InlineData("2 kilobytes", 2000L)]
    [InlineData("1MB", 1_000_000L)]
    [InlineData("1 megabytes", 1_000_000L)]
    [InlineData("1 gigabyte", 1_000_000_000L)]
    [InlineData("1TB", 1_000_000_000_000L)]
    [InlineData("1 terabytes", 1_000_000_000_000L)]
    [InlineData("1PB", 1_000_000_000_000_000L)]
    [InlineData("1 petabyte", 1_000_000_000_000_000L)]
    [InlineData("1EB", 1_000_000_000_000_000_000L)]
    [InlineData("1 exabytes", 1_000_000_000_000_000_000L)]
    [InlineData("1K", 1024L)]
    [InlineData("1k", 1024L)]
    [InlineData("1Ki", 1024L)]
    [InlineData("1 kibibyte", 1024L)]
    [InlineData("3 kibibytes", 3072L)]
    [InlineData("1M", 1L << 20)]
    [InlineData("1m", 1L << 20)]
    [InlineData("1Mi", 1L << 20)]
    [InlineData("1 mebibytes", 1L << 20)]
    [InlineData("1G", 1L << 30)]
    [InlineData("1g", 1L << 30)]
    [InlineData("1Gi", 1L << 30)]
    [InlineData("1GiB", 1L << 30)]
    [InlineData("1 gibibyte", 1L << 30)]
    [InlineData("1T", 1L << 40)]
    [InlineData("1t", 1L << 40)]
    [InlineData("1TiB", 1L << 40)]
    [InlineData("1 tebibytes", 1L << 40)]
    [InlineData("1P", 1L << 50)]
    [InlineData("1p", 1L << 50)]
    [InlineData("1PiB", 1L << 50)]
    [InlineData("1 pebibyte", 1L << 50)]
    [InlineData("1E", 1L << 60)]
    [InlineData("1e", 1L << 60)]
    [InlineData("1EiB", 1L << 60)]
    [InlineData("1 exbibytes", 1L << 60)]
    [InlineData("1.5KiB", 1536L)]
    [InlineData("0.5 MB", 500_000L)]
    public void Byte_sizes_use_powers_of_ten_and_of_two_as_the_spec_lists(string written, long bytes) =>
        Assert.Equal(bytes, Value(written).GetByteSize("v"));

    [Theory]
    [InlineData("1ZB", "does not fit")]
    [InlineData("1ZiB", "does not fit")]
    [InlineData("1 zettabytes", "does not fit")]
    [InlineData("1Yi", "does not fit")]
    [InlineData("1 yobibyte", "does not fit")]
    [InlineData("9EiB", "does not fit")]
    [InlineData("1KB", "unknown size unit 'KB'")]
    [InlineData("1 kb", "unknown size unit 'kb'")]
    [InlineData("0.5B", "not a whole number of bytes")]
    [InlineData("lots", "expected a size in bytes")]
    public void Byte_sizes_that_are_unknown_fractional_or_beyond_64_bits_are_errors(string written, string message)
    {
        var e = Assert.Throws<ConfigurationException>(() => Value(written).GetByteSize("v"));
        Assert.Contains("'v': expected a size in bytes", e.Message);
        Assert.Contains(message, e.Message);
    }
}
