using System.Text;
using ActorChat.Protocol;
using static ActorChat.Tests.Protocol.Commands.ParsedLines;

namespace ActorChat.Tests.Protocol.Commands;

public class CommandParserArgumentTests
{
    [Theory]
    [InlineData("HELLO alice", "alice")]
    [InlineData("hello Alice_1.x-y", "Alice_1.x-y")]
    [InlineData("/hello 9lives", "9lives")]
    [InlineData("HELLO alice  ", "alice")]
    [InlineData("HELLO abcdefghijklmnopqrstuvwxyz012345", "abcdefghijklmnopqrstuvwxyz012345")]
    public void HELLO_takes_a_valid_name(string line, string name)
    {
        Assert.Equal(name, ParseAs<HelloCommand>(line).Name);
    }

    [Theory]
    [InlineData("HELLO", "ERR name-empty")]
    [InlineData("HELLO ", "ERR name-empty")]
    [InlineData("HELLO    ", "ERR name-empty")]
    [InlineData("HELLO  alice", "ERR name-empty")]
    [InlineData("HELLO _alice", "ERR name-invalid _alice")]
    [InlineData("HELLO .x", "ERR name-invalid .x")]
    [InlineData("HELLO al@ce", "ERR name-invalid al@ce")]
    [InlineData("HELLO zoë", "ERR name-invalid zoë")]
    [InlineData("HELLO abcdefghijklmnopqrstuvwxyz0123456", "ERR name-invalid abcdefghijklmnopqrstuvwxyz0123456")]
    [InlineData("HELLO alice bob", "ERR bad-argument bob")]
    [InlineData("HELLO alice  bob  ", "ERR bad-argument bob")]
    public void HELLO_errors(string line, string expected)
    {
        Assert.Equal(expected, Parse(line));
    }

    [Fact]
    public void MSG_takes_a_recipient_and_the_rest_of_the_line_verbatim()
    {
        MsgCommand msg = ParseAs<MsgCommand>("MSG bob  hello   there  ");

        Assert.Equal(["bob"], msg.Recipients);
        Assert.Equal(" hello   there  ", msg.Text);
    }

    [Fact]
    public void A_MSG_to_one_name_gives_that_name_as_bytes_too()
    {
        MsgCommand msg = ParseAs<MsgCommand>("MSG Bob hi there");

        Assert.Equal("Bob"u8.ToArray(), msg.Utf8SoleRecipient.ToArray());
        Assert.Equal(["Bob"], msg.Recipients);
        Assert.Equal("hi there"u8.ToArray(), msg.Utf8Text.ToArray());
        Assert.Equal("MSG Bob hi there", msg.ToString());
    }

    [Fact]
    public void A_MSG_to_several_names_or_made_in_code_gives_no_sole_recipient_bytes()
    {
        Assert.True(ParseAs<MsgCommand>("MSG bob,carol hi").Utf8SoleRecipient.IsEmpty);
        Assert.True(ParseAs<MsgCommand>("MSG bob,BOB hi").Utf8SoleRecipient.IsEmpty);
        Assert.True(new MsgCommand("bob", "hi").Utf8SoleRecipient.IsEmpty);
    }

    [Fact]
    public void MSG_takes_a_comma_list_and_sends_each_name_once_keeping_first_spelling_and_order()
    {
        MsgCommand msg = ParseAs<MsgCommand>("/msg carol,Bob,alice,bob,CAROL hi");

        Assert.Equal(["carol", "Bob", "alice"], msg.Recipients);
        Assert.Equal("hi", msg.Text);
    }

    [Fact]
    public void MSG_removes_repeats_in_a_long_list_too()
    {
        string list = string.Join(',', Enumerable.Range(0, 50).Select(i => $"n{i % 20}"));

        MsgCommand msg = ParseAs<MsgCommand>($"MSG {list},N3 x");

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"n{i}"), msg.Recipients);
    }

    [Fact]
    public void MSG_keeps_names_that_break_the_name_rules_for_the_server_to_answer_no_such_user()
    {
        Assert.Equal(["b@d", "ok"], ParseAs<MsgCommand>("MSG b@d,ok hi").Recipients);
    }

    [Theory]
    [InlineData("MSG", "ERR missing-recipient")]
    [InlineData("MSG ", "ERR missing-recipient")]
    [InlineData("MSG  bob hi", "ERR missing-recipient")]
    [InlineData("MSG bob", "ERR missing-text")]
    [InlineData("MSG bob ", "ERR missing-text")]
    [InlineData("MSG bob    ", "ERR missing-text")]
    [InlineData("MSG bob, hi", "ERR bad-argument bob,")]
    [InlineData("MSG ,bob hi", "ERR bad-argument ,bob")]
    [InlineData("MSG bob,,carol hi", "ERR bad-argument bob,,carol")]
    [InlineData("MSG , hi", "ERR bad-argument ,")]
    public void MSG_errors(string line, string expected)
    {
        Assert.Equal(expected, Parse(line));
    }

    [Theory]
    [InlineData("BROADCAST hello all", "hello all")]
    [InlineData("/broadcast  spaced ", " spaced ")]
    [InlineData("broadcast 🎉", "🎉")]
    public void BROADCAST_takes_the_rest_of_the_line(string line, string text)
    {
        Assert.Equal(text, ParseAs<BroadcastCommand>(line).Text);
    }

    [Theory]
    [InlineData("SAY hi there", "hi there")]
    [InlineData("say a\tb", "a\tb")]
    public void SAY_takes_the_rest_of_the_line(string line, string text)
    {
        Assert.Equal(text, ParseAs<SayCommand>(line).Text);
    }

    [Theory]
    [InlineData("BROADCAST")]
    [InlineData("BROADCAST ")]
    [InlineData("BROADCAST     ")]
    [InlineData("SAY")]
    [InlineData("SAY  ")]
    public void Texts_that_are_empty_or_only_spaces_are_missing(string line)
    {
        Assert.Equal("ERR missing-text", Parse(line));
    }

    [Theory]
    [InlineData("LIST", typeof(ListCommand))]
    [InlineData("WHOELSE", typeof(WhoElseCommand))]
    [InlineData("UNPAIR", typeof(UnpairCommand))]
    [InlineData("HELP", typeof(HelpCommand))]
    [InlineData("help   ", typeof(HelpCommand))]
    public void Verbs_without_arguments_ignore_trailing_spaces(string line, Type type)
    {
        Assert.IsType(type, CommandParser.Parse(Encoding.UTF8.GetBytes(line)).Command);
    }

    [Theory]
    [InlineData("LIST all", "ERR bad-argument all")]
    [InlineData("WHOELSE x y", "ERR bad-argument x y")]
    [InlineData("UNPAIR bob", "ERR bad-argument bob")]
    [InlineData("HELP msg", "ERR bad-argument msg")]
    public void Verbs_without_arguments_refuse_extra_ones(string line, string expected)
    {
        Assert.Equal(expected, Parse(line));
    }

    [Theory]
    [InlineData("WHOLAST 1", 1)]
    [InlineData("WHOLAST 1440", 1440)]
    [InlineData("wholast 007 ", 7)]
    public void WHOLAST_takes_minutes_from_1_to_1440(string line, int minutes)
    {
        Assert.Equal(minutes, ParseAs<WhoLastCommand>(line).Minutes);
    }

    [Theory]
    [InlineData("WHOLAST", "ERR bad-argument usage: WHOLAST <minutes>")]
    [InlineData("WHOLAST  5", "ERR bad-argument usage: WHOLAST <minutes>")]
    [InlineData("WHOLAST 0", "ERR bad-argument 0")]
    [InlineData("WHOLAST 1441", "ERR bad-argument 1441")]
    [InlineData("WHOLAST 99999999999999999999", "ERR bad-argument 99999999999999999999")]
    [InlineData("WHOLAST -5", "ERR bad-argument -5")]
    [InlineData("WHOLAST +5", "ERR bad-argument +5")]
    [InlineData("WHOLAST 5m", "ERR bad-argument 5m")]
    [InlineData("WHOLAST ５", "ERR bad-argument ５")]
    [InlineData("WHOLAST 5 10", "ERR bad-argument 10")]
    public void WHOLAST_errors(string line, string expected)
    {
        Assert.Equal(expected, Parse(line));
    }

    [Theory]
    [InlineData("PAIR bob", typeof(PairCommand))]
    [InlineData("/pair bob ", typeof(PairCommand))]
    [InlineData("BLOCK bob", typeof(BlockCommand))]
    [InlineData("unblock bob", typeof(UnblockCommand))]
    public void PAIR_BLOCK_and_UNBLOCK_take_one_name(string line, Type type)
    {
        Command command = CommandParser.Parse(Encoding.UTF8.GetBytes(line)).Command!;

        Assert.IsType(type, command);
        Assert.Equal("bob", command switch
        {
            PairCommand p => p.Name,
            BlockCommand b => b.Name,
            UnblockCommand u => u.Name,
            _ => null,
        });
    }

    [Theory]
    [InlineData("PAIR", "ERR bad-argument usage: PAIR <name>")]
    [InlineData("PAIR  bob", "ERR bad-argument usage: PAIR <name>")]
    [InlineData("PAIR bob carol", "ERR bad-argument carol")]
    [InlineData("BLOCK", "ERR bad-argument usage: BLOCK <name>")]
    [InlineData("BLOCK a b", "ERR bad-argument b")]
    [InlineData("UNBLOCK ", "ERR bad-argument usage: UNBLOCK <name>")]
    [InlineData("UNBLOCK a b", "ERR bad-argument b")]
    public void PAIR_BLOCK_and_UNBLOCK_errors(string line, string expected)
    {
        Assert.Equal(expected, Parse(line));
    }

    [Theory]
    [InlineData("INBOX", 20)]
    [InlineData("INBOX  ", 20)]
    [InlineData("INBOX 1", 1)]
    [InlineData("inbox 500", 500)]
    [InlineData("INBOX 501", 500)]
    [InlineData("INBOX 99999999999999999999999", 500)]
    public void INBOX_defaults_to_20_and_caps_at_500(string line, int count)
    {
        Assert.Equal(count, ParseAs<InboxCommand>(line).Count);
    }

    [Theory]
    [InlineData("INBOX 0", "ERR bad-argument 0")]
    [InlineData("INBOX -1", "ERR bad-argument -1")]
    [InlineData("INBOX ten", "ERR bad-argument ten")]
    [InlineData("INBOX 1.5", "ERR bad-argument 1.5")]
    [InlineData("INBOX 5 6", "ERR bad-argument 6")]
    [InlineData("INBOX  5", "ERR bad-argument usage: INBOX [n]")]
    public void INBOX_errors(string line, string expected)
    {
        Assert.Equal(expected, Parse(line));
    }

    [Theory]
    [InlineData("PING", null)]
    [InlineData("PING   ", null)]
    [InlineData("PING abc", "abc")]
    [InlineData("ping a b c ", "a b c")]
    public void PING_takes_an_optional_token_of_the_rest_of_the_line(string line, string? token)
    {
        Assert.Equal(token, ParseAs<PingCommand>(line).Token);
    }

    [Theory]
    [InlineData("PONG", null)]
    [InlineData("pong k7", "k7")]
    public void PONG_answers_the_servers_PING_with_an_optional_token(string line, string? token)
    {
        Assert.Equal(token, ParseAs<PongCommand>(line).Token);
    }

    [Theory]
    [InlineData("QUIT", null)]
    [InlineData("/quit", null)]
    [InlineData("QUIT see you later", "see you later")]
    public void QUIT_takes_an_optional_reason(string line, string? reason)
    {
        Assert.Equal(reason, ParseAs<QuitCommand>(line).Reason);
    }
}
