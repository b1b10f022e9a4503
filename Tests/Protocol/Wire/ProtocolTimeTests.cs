using System.Text;
using ActorChat.Protocol;

namespace ActorChat.Tests.Protocol.Wire;

public class ProtocolTimeTests
{
    [Fact]
    public void Times_are_written_in_UTC_to_the_millisecond_with_a_Z()
    {
        var time = new DateTime(2026, 11, 21, 9, 30, 0, 123, DateTimeKind.Utc).AddTicks(9999);
        Span<byte> bytes = stackalloc byte[ProtocolTime.Length];

        int written = ProtocolTime.Format(time, bytes);

        Assert.Equal(24, written);
        Assert.Equal("2026-11-21T09:30:00.123Z", Encoding.ASCII.GetString(bytes));
        Assert.Equal("2026-11-21T09:30:00.123Z", ProtocolTime.Format(time));
        Assert.Equal("0001-01-01T00:00:00.000Z", ProtocolTime.Format(DateTime.MinValue));
        Assert.Equal("9999-12-31T23:59:59.999Z", ProtocolTime.Format(DateTime.MaxValue));
    }

    [Fact]
    public void Local_times_are_converted_to_UTC()
    {
        var utc = new DateTime(2026, 6, 1, 12, 0, 0, 5, DateTimeKind.Utc);

        Assert.Equal(ProtocolTime.Format(utc), ProtocolTime.Format(utc.ToLocalTime()));
    }

    [Fact]
    public void Formatted_times_parse_back_as_UTC()
    {
        var time = new DateTime(2024, 2, 29, 23, 59, 59, 999, DateTimeKind.Utc);

        Assert.True(ProtocolTime.TryParse(ProtocolTime.Format(time), out DateTime parsed));
        Assert.Equal(time, parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }

    [Theory]
    [InlineData("2026-11-21T09:30:00.123")]
    [InlineData("2026-11-21T09:30:00.123+00:00")]
    [InlineData("2026-11-21 09:30:00.123Z")]
    [InlineData("2026-11-21T09:30:00,123Z")]
    [InlineData("2026-11-21T09:30:00Z")]
    [InlineData("2026-02-30T09:30:00.123Z")]
    [InlineData("2025-02-29T09:30:00.123Z")]
    [InlineData("2026-11-21T24:00:00.000Z")]
    [InlineData("2026-11-21T09:60:00.000Z")]
    [InlineData("0000-01-01T00:00:00.000Z")]
    [InlineData("2026-1a-21T09:30:00.123Z")]
    [InlineData("２026-11-21T09:30:00.123Z")]
    public void Other_shapes_and_impossible_dates_do_not_parse(string text)
    {
        Assert.False(ProtocolTime.TryParse(text, out _));
        Assert.False(ProtocolTime.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }
}
