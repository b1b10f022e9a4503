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
    public void Line_parser_splits_prefix_command_middle_and_trailing()
    {
        Assert.True(IrcLine.TryParse(":alice!a@127.0.0.1 PRIVMSG bob :hello there  you", out var line));
        Assert.Equal("alice!a@127.0.0.1", line!.Prefix);
        Assert.Equal("alice", line.Nick);
        Assert.Equal("PRIVMSG", line.Command);
        Assert.Equal(["bob", "hello there  you"], line.Parameters);
        Assert.Equal(-1, line.Numeric);
    }

    [Fact]
    public void Line_parser_handles_numerics_no_prefix_and_no_trailing()
    {
        Assert.True(IrcLine.TryParse(":irc.local 433 * abc1 :Nickname is already in use.", out var taken));
        Assert.Equal(433, taken!.Numeric);
        Assert.Equal(["*", "abc1", "Nickname is already in use."], taken.Parameters);

        Assert.True(IrcLine.TryParse("ping :token", out var ping));
        Assert.Equal(("", "PING"), (ping!.Prefix, ping.Command));
        Assert.Equal(["token"], ping.Parameters);

        Assert.True(IrcLine.TryParse("JOIN #a,#b", out var join));
        Assert.Equal(["#a,#b"], join!.Parameters);

        Assert.True(IrcLine.TryParse("MODE #c +o   x\r\n", out var spaced));
        Assert.Equal(["#c", "+o", "x"], spaced!.Parameters);
    }

    [Theory]
    [InlineData("")]
    [InlineData(":prefix.only")]
    [InlineData("   ")]
    public void Line_parser_refuses_lines_without_a_command(string text)
    {
        Assert.False(IrcLine.TryParse(text, out _));
    }

    [Fact]
    public void Line_parser_keeps_a_fifteenth_parameter_whole()
    {
        string middles = string.Join(' ', Enumerable.Range(1, 14).Select(i => "p" + i));
        Assert.True(IrcLine.TryParse($"CMD {middles} last one", out var line));
        Assert.Equal(15, line!.Parameters.Count);
        Assert.Equal("last one", line.Parameters[14]);
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
