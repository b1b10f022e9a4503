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

    /// <summary>A client's MSG line as the parser gives it to the sender's actor.</summary>
    internal static MsgCommand Parsed(string line) => Assert.IsType<MsgCommand>(CommandParser.Parse(line).Command);
}
