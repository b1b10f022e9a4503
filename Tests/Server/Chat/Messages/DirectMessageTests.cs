using System.Runtime.InteropServices;
using System.Text;
using ActorChat.Protocol;
using ActorChat.Server.Chat.Messages;

namespace ActorChat.Tests.Server.Chat.Messages;

public sealed class DirectMessageTests
{
    [Theory]
    [InlineData("alice", "bob", "hi")]
    [InlineData("zoë", "bob", "  two  spaces, ✓ and é ")]
    [InlineData("zoë", "bob,carol", "  two  spaces, ✓ and é ")]
    public void The_text_is_read_back_from_the_encoded_line(string from, string to, string text)
    {
        var message = DirectMessage.Create(from, Parsed($"MSG {to} {text}"), credit: null);

        Assert.Equal(Encoding.UTF8.GetBytes(text), message.Utf8Text.ToArray());
        Assert.Equal(text, message.Text);
    }

    [Fact]
    public void A_message_made_from_a_MSG_to_one_name_carries_that_name_as_bytes_and_no_list()
    {
        var message = DirectMessage.Create("alice", Parsed("MSG Bob hi there"), credit: null);

        Assert.Null(message.Recipients);
        Assert.Equal("Bob"u8.ToArray(), message.Utf8Recipient.ToArray());
        Assert.Equal("MSG alice hi there\n"u8.ToArray(), message.Line.ToArray());
        Assert.Equal("hi there", message.Text);
    }

    [Fact]
    public void A_message_made_from_a_MSG_to_several_names_carries_the_list()
    {
        var message = DirectMessage.Create("alice", Parsed("MSG bob,carol hi"), credit: null);

        Assert.Equal(["bob", "carol"], message.Recipients);
        Assert.True(message.Utf8Recipient.IsEmpty);
        Assert.Equal("MSG alice hi\n"u8.ToArray(), message.Line.ToArray());
    }

    [Fact]
    public void A_message_made_from_a_MSG_to_one_name_shares_the_parsed_command_s_bytes()
    {
        var command = Parsed("MSG Bob hi there");

        var message = DirectMessage.Create("alice", command, credit: null);

        Assert.True(MemoryMarshal.TryGetArray(command.Utf8Text, out var text));
        Assert.True(MemoryMarshal.TryGetArray(message.Line, out var line));
        Assert.Same(text.Array, line.Array);
    }

    [Fact]
    public void A_second_message_made_from_one_command_has_a_line_of_its_own()
    {
        var command = Parsed("MSG Bob hi there");
        var first = DirectMessage.Create("alice", command, credit: null);

        var second = DirectMessage.Create("carol", command, credit: null);

        Assert.Equal("MSG alice hi there\n"u8.ToArray(), first.Line.ToArray());
        Assert.Equal("MSG carol hi there\n"u8.ToArray(), second.Line.ToArray());
        Assert.Equal("Bob"u8.ToArray(), second.Utf8Recipient.ToArray());
        Assert.Null(second.Recipients);
        Assert.Equal("hi there", second.Text);
    }

    /// <summary>A client's MSG line as the parser gives it to the sender's actor.</summary>
    internal static MsgCommand Parsed(string line) => Assert.IsType<MsgCommand>(CommandParser.Parse(line).Command);
}
