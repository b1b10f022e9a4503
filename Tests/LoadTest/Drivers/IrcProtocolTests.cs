using System.Text;
using ActorChat.LoadTest.Drivers;
using ActorChat.LoadTest.Measurement;

namespace ActorChat.Tests.LoadTest.Drivers;

public class IrcProtocolTests
{
    private static readonly IrcProtocol Irc = new();

    private static (IncomingKind Kind, string Argument) Classify(string line)
    {
        var kind = Irc.Classify(Encoding.UTF8.GetBytes(line), out var argument);
        return (kind, Encoding.UTF8.GetString(argument));
    }

    [Fact]
    public void Classify_finds_the_payload_of_a_privmsg_to_a_nick_or_a_channel()
    {
        Assert.Equal((IncomingKind.Message, "1.2.3"), Classify(":u1!u1@127.0.0.1 PRIVMSG u2 :1.2.3"));
        Assert.Equal((IncomingKind.Message, "4.5.6"), Classify(":u1!u1@127.0.0.1 PRIVMSG #room :4.5.6"));
        Assert.Equal(IncomingKind.Error, Classify(":u1 PRIVMSG u2 no-trailing").Kind);
    }

    [Fact]
    public void Classify_recognises_welcome_join_end_ping_errors_and_noise()
    {
        Assert.Equal(IncomingKind.LoggedIn, Classify(":irc.local 001 u1 :Welcome").Kind);
        Assert.Equal(IncomingKind.Joined, Classify(":irc.local 366 u1 #room :End of /NAMES list.").Kind);
        Assert.Equal((IncomingKind.Ping, ":irc.local"), Classify("PING :irc.local"));
        Assert.Equal(IncomingKind.Error, Classify(":irc.local 433 * u1 :Nickname is already in use").Kind);
        Assert.Equal(IncomingKind.Error, Classify(":irc.local 401 u1 nobody :No such nick").Kind);
        Assert.Equal(IncomingKind.Closing, Classify("ERROR :Closing link: (u1@127.0.0.1) [Excess Flood]").Kind);
        Assert.Equal(IncomingKind.Ignored, Classify(":irc.local 372 u1 :- motd").Kind);
        Assert.Equal(IncomingKind.Ignored, Classify(":u3!u3@h JOIN :#room").Kind);
        Assert.Equal(IncomingKind.Ignored, Classify(":irc.local NOTICE * :*** Looking up your hostname").Kind);
    }

    [Fact]
    public void Writers_produce_crlf_terminated_irc_lines()
    {
        var buffer = new byte[Irc.MaxLineBytes + 16];
        string Write(Func<byte[], int> writer) => Encoding.ASCII.GetString(buffer, 0, writer(buffer));
        Assert.Equal("NICK abc1\r\nUSER abc1 0 * :abc1\r\n", Write(b => Irc.WriteLogin(b, "abc1"u8)));
        Assert.Equal("PRIVMSG abc2 :1.2.3\r\n", Write(b => Irc.WriteDirect(b, "abc2"u8, new Payload(1, 2, 3))));
        Assert.Equal("PRIVMSG #r :1.2.3\r\n", Write(b => Irc.WriteFanout(b, "#r"u8, new Payload(1, 2, 3))));
        Assert.Equal("JOIN #r\r\n", Write(b => Irc.WriteJoin(b, "#r"u8)));
        Assert.Equal("PONG :irc.local\r\n", Write(b => Irc.WritePong(b, ":irc.local"u8)));
        Assert.Equal("PONG :tok\r\n", Write(b => Irc.WritePong(b, "tok"u8)));
    }
}
