using System.Text;
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
}
