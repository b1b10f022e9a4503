using System.Text;
using ActorChat.Protocol;
using ActorChat.Server.Chat;
using ActorChat.Server.Chat.Messages;

namespace ActorChat.Tests.Server.Chat.Messages;

public sealed class DirectMessageTests
{
    [Theory]
    [InlineData("alice", "hi")]
    [InlineData("zoë", "  two  spaces, ✓ and é ")]
    public void The_text_is_read_back_from_the_encoded_line(string from, string text)
    {
        var line = Lines.Msg(from, Encoding.UTF8.GetBytes(text));

        var message = new DirectMessage(from, DateTimeOffset.UtcNow, line, ["bob"]);

        Assert.Equal(Encoding.UTF8.GetBytes(text), message.Utf8Text.ToArray());
        Assert.Equal(text, message.Text);
    }

    [Fact]
    public void A_message_made_from_a_MSG_to_one_name_carries_that_name_as_bytes_and_no_list()
    {
        var msg = Assert.IsType<MsgCommand>(CommandParser.Parse("MSG Bob hi there"u8).Command);

        var message = DirectMessage.Create("alice", msg, credit: null);

        Assert.Null(message.Recipients);
        Assert.Equal("Bob"u8.ToArray(), message.Utf8Recipient.ToArray());
        Assert.Equal("MSG alice hi there\n"u8.ToArray(), message.Line.ToArray());
        Assert.Equal("hi there", message.Text);
    }

    [Fact]
    public void A_message_made_from_a_MSG_to_several_names_carries_the_list()
    {
        var msg = Assert.IsType<MsgCommand>(CommandParser.Parse("MSG bob,carol hi"u8).Command);

        var message = DirectMessage.Create("alice", msg, credit: null);

        Assert.Equal(["bob", "carol"], message.Recipients);
        Assert.True(message.Utf8Recipient.IsEmpty);
        Assert.Equal("MSG alice hi\n"u8.ToArray(), message.Line.ToArray());
    }
}
