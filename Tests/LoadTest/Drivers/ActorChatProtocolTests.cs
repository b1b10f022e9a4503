using System.Text;
using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Measurement;

namespace ActorChat.Tests.LoadTest.Drivers;

public class ActorChatProtocolTests
{
    private static readonly ActorChatProtocol Chat = new();

    private static (IncomingKind Kind, string Argument) Classify(string line)
    {
        var kind = Chat.Classify(Encoding.UTF8.GetBytes(line), out var argument);
        return (kind, Encoding.UTF8.GetString(argument));
    }

    [Fact]
    public void Messages_of_every_kind_yield_their_payload()
    {
        Assert.Equal((IncomingKind.Message, "1.2.3"), Classify("MSG alice 1.2.3"));
        Assert.Equal((IncomingKind.Message, "1.2.3"), Classify("BROADCAST alice 1.2.3"));
        Assert.Equal((IncomingKind.Offline, "7.8.9"), Classify("OFFLINE 2026-11-21T09:30:00.123Z alice 7.8.9"));
        Assert.Equal(IncomingKind.Error, Classify("MSG alice").Kind);
    }

    [Fact]
    public void Session_lines_are_recognised()
    {
        Assert.Equal(IncomingKind.LoggedIn, Classify("HI alice").Kind);
        Assert.Equal((IncomingKind.Ping, "k42"), Classify("PING k42"));
        Assert.Equal((IncomingKind.Queued, "bob"), Classify("QUEUED bob"));
        Assert.Equal((IncomingKind.Error, "ERR name-taken alice"), Classify("ERR name-taken alice"));
        Assert.Equal(IncomingKind.Closing, Classify("BYE shutdown").Kind);
        foreach (string noise in new[] { "HELLO ActorChat 1 welcome", "LIST a b", "ALONE", "JOINED bob", "LEFT bob", "WHOELSE" })
            Assert.Equal(IncomingKind.Ignored, Classify(noise).Kind);
    }

    [Fact]
    public void Writers_produce_the_spec_lines()
    {
        var buffer = new byte[Chat.MaxLineBytes];
        string Write(Func<byte[], int> writer) => Encoding.ASCII.GetString(buffer, 0, writer(buffer));
        Assert.Equal("HELLO abc1\n", Write(b => Chat.WriteLogin(b, "abc1"u8)));
        Assert.Equal("MSG abc2 1.2.3\n", Write(b => Chat.WriteDirect(b, "abc2"u8, new Payload(1, 2, 3))));
        Assert.Equal("BROADCAST 1.2.3\n", Write(b => Chat.WriteFanout(b, "#ignored"u8, new Payload(1, 2, 3))));
        Assert.Equal(0, Chat.WriteJoin(buffer, "#r"u8));
        Assert.Equal("PONG k42\n", Write(b => Chat.WritePong(b, "k42"u8)));
        Assert.Equal("PONG\n", Write(b => Chat.WritePong(b, default)));
        Assert.Equal("QUIT\n", Write(b => Chat.WriteQuit(b)));
    }

    [Fact]
    public void The_longest_line_fits_the_declared_maximum()
    {
        var name = Encoding.ASCII.GetBytes(new string('n', 32));
        var longest = new Payload(int.MaxValue, int.MaxValue, long.MaxValue);
        Assert.True(Chat.WriteDirect(new byte[Chat.MaxLineBytes], name, longest) <= Chat.MaxLineBytes);
        var irc = new IrcProtocol();
        Assert.True(irc.WriteDirect(new byte[irc.MaxLineBytes], name, longest) <= irc.MaxLineBytes);
        Assert.True(irc.WriteLogin(new byte[irc.MaxLineBytes], name) <= irc.MaxLineBytes);
    }
}
