using System.Text;
using ActorChat.LoadTest.Measurement;

namespace ActorChat.Tests.LoadTest.Measurement;

public class PayloadTests
{
    [Theory]
    [InlineData(0, 0, 0L)]
    [InlineData(9999, 123456, 987654321012L)]
    [InlineData(int.MaxValue, int.MaxValue, long.MaxValue)]
    public void Format_and_parse_round_trip(int sender, int sequence, long ticks)
    {
        var payload = new Payload(sender, sequence, ticks);
        Span<byte> buffer = stackalloc byte[Payload.MaxBytes];
        int length = payload.Format(buffer);
        Assert.True(Payload.TryParse(buffer[..length], out var parsed));
        Assert.Equal(payload, parsed);
        Assert.DoesNotContain(" ", payload.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2")]
    [InlineData("1.2.3.4")]
    [InlineData("a.2.3")]
    [InlineData("-1.2.3")]
    [InlineData("1.2.3 ")]
    [InlineData("hello world")]
    public void Anything_but_three_numbers_is_refused(string text)
    {
        Assert.False(Payload.TryParse(Encoding.ASCII.GetBytes(text), out _));
    }
}
