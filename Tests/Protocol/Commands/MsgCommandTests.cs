using System.Text;
using ActorChat.Protocol;

namespace ActorChat.Tests.Protocol.Commands;

public sealed class MsgCommandTests
{
    private static MsgCommand Parsed(string line) => Assert.IsType<MsgCommand>(CommandParser.Parse(line).Command);

    [Theory]
    [InlineData("alice", "Bob", "hi there")]
    [InlineData("zoë", "bob", "  two  spaces, ✓ and é ")]
    [InlineData("a23456789012345678901234567890xy", "b", "x")]
    public void A_parsed_MSG_to_one_name_writes_its_event_around_its_text_followed_by_the_name(
        string from, string to, string text)
    {
        var command = Parsed($"MSG {to} {text}");

        Assert.True(command.TryEncodeEventInPlace(from, out var line));

        Assert.Equal(MsgEvent.EncodeLine(from, Encoding.UTF8.GetBytes(text)), line.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(to), line.Array.AsSpan(line.Offset + line.Count).ToArray());
        // The command reads as before.
        Assert.Equal(Encoding.UTF8.GetBytes(text), command.Utf8Text.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(to), command.Utf8SoleRecipient.ToArray());
        Assert.Equal($"MSG {to} {text}", command.ToString());
    }

    [Fact]
    public void The_event_is_written_in_place_once_and_a_second_call_leaves_the_first_line_as_it_was()
    {
        var command = Parsed("MSG bob hi");
        Assert.True(command.TryEncodeEventInPlace("alice", out var first));

        Assert.False(command.TryEncodeEventInPlace("al", out var second));

        Assert.Null(second.Array);
        Assert.Equal("MSG alice hi\n"u8.ToArray(), first.ToArray());
    }

    [Fact]
    public void A_sender_name_longer_than_the_room_writes_nothing_and_a_name_that_fits_still_can()
    {
        var command = Parsed("MSG bob hi");

        Assert.False(command.TryEncodeEventInPlace(new string('a', ChatName.MaxLength + 1), out _));

        Assert.True(command.TryEncodeEventInPlace("alice", out var line));
        Assert.Equal("MSG alice hi\n"u8.ToArray(), line.ToArray());
    }

    [Fact]
    public void A_MSG_to_several_names_or_made_in_code_has_no_room_for_its_event()
    {
        Assert.False(Parsed("MSG bob,carol hi").TryEncodeEventInPlace("alice", out _));
        Assert.False(new MsgCommand("bob", "hi").TryEncodeEventInPlace("alice", out _));
    }
}
