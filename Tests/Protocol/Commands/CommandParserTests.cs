using System.Text;
using ActorChat.Protocol;
using static ActorChat.Tests.Protocol.Commands.ParsedLines;

namespace ActorChat.Tests.Protocol.Commands;

public class CommandParserTests
{
    [Theory]
    [InlineData("LIST")]
    [InlineData("list")]
    [InlineData("/list")]
    [InlineData("/LiSt")]
    public void Verbs_are_case_insensitive_with_an_optional_leading_slash(string line)
    {
        Assert.Same(ListCommand.Instance, ParseAs<ListCommand>(line));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("   ")]
    [InlineData("\t \t")]
    public void Blank_lines_are_blank(string line)
    {
        CommandParseResult result = CommandParser.Parse(Encoding.UTF8.GetBytes(line));

        Assert.True(result.IsBlank);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("FOO", "ERR unknown-command FOO")]
    [InlineData("/foo bar baz", "ERR unknown-command /foo")]
    [InlineData("//list", "ERR unknown-command //list")]
    [InlineData("/", "ERR unknown-command /")]
    [InlineData(" LIST", "ERR unknown-command")]
    [InlineData("LISTS", "ERR unknown-command LISTS")]
    [InlineData("MSGbob hi", "ERR unknown-command MSGbob")]
    [InlineData("LIST\tx", "ERR unknown-command LIST\tx")]
    [InlineData("ÜBER x", "ERR unknown-command ÜBER")]
    [InlineData("PAIR-REQUEST bob", "ERR unknown-command PAIR-REQUEST")]
    public void Unknown_verbs_are_answered_with_the_verb_as_sent(string line, string expected)
    {
        Assert.Equal(expected, Parse(line));
    }

    [Theory]
    [InlineData("MSG", CommandVerb.Msg)]
    [InlineData("/wholast 0", CommandVerb.WhoLast)]
    [InlineData("LIST x", CommandVerb.List)]
    [InlineData("hello _x", CommandVerb.Hello)]
    public void A_refused_line_still_tells_its_verb(string line, CommandVerb verb)
    {
        CommandParseResult result = CommandParser.Parse(line);

        Assert.NotNull(result.Error);
        Assert.Equal(verb, result.Verb);
    }

    [Theory]
    [InlineData("FOO")]
    [InlineData("")]
    [InlineData("MSG a\nb")]
    public void Blank_lines_and_unknown_verbs_have_no_verb(string line)
    {
        Assert.Null(CommandParser.Parse(line).Verb);
    }

    [Fact]
    public void A_parsed_command_tells_its_verb()
    {
        Assert.Equal(CommandVerb.Say, CommandParser.Parse("say hi").Verb);
    }

    [Fact]
    public void Invalid_UTF8_given_directly_does_not_throw()
    {
        CommandParseResult result = CommandParser.Parse([.. "SAY "u8, 0xFF, 0xC0]);

        Assert.Equal("\uFFFD\uFFFD", Assert.IsType<SayCommand>(result.Command).Text);
    }

    [Fact]
    public void A_parsed_MSG_keeps_its_text_as_the_line_had_it_and_decodes_the_same_text()
    {
        byte[] line = "MSG bob  ✓ done, é "u8.ToArray();

        MsgCommand msg = Assert.IsType<MsgCommand>(CommandParser.Parse(line).Command);

        Assert.Equal(" ✓ done, é "u8.ToArray(), msg.Utf8Text.ToArray());
        Assert.Equal(" ✓ done, é ", msg.Text);
        Assert.Equal("MSG bob  ✓ done, é ", msg.ToString());
    }

    [Fact]
    public void A_MSG_given_invalid_UTF8_directly_carries_replacement_characters_in_both_forms()
    {
        MsgCommand msg = Assert.IsType<MsgCommand>(CommandParser.Parse([.. "MSG bob a"u8, 0xFF]).Command);

        Assert.Equal("a\uFFFD", msg.Text);
        Assert.Equal("a\uFFFD"u8.ToArray(), msg.Utf8Text.ToArray());
    }

    [Fact]
    public void An_LF_given_directly_inside_a_line_is_refused_rather_than_thrown()
    {
        Assert.Equal("ERR bad-argument line break inside a line", Parse("MSG bob a\nb"));
    }

    [Fact]
    public void The_string_overload_parses_like_the_bytes()
    {
        MsgCommand msg = Assert.IsType<MsgCommand>(CommandParser.Parse("/msg bob ✓ done").Command);

        Assert.Equal("✓ done", msg.Text);
    }

    [Fact]
    public void No_input_makes_the_parser_throw()
    {
        var random = new Random(12345);
        byte[] alphabet = "MSGBROADCASTLISTHELLOWHOLASTINBOX ,/0123456789 \r\t\n\xc3\xa9"u8.ToArray();
        for (int i = 0; i < 20_000; i++)
        {
            var line = new byte[random.Next(0, 40)];
            for (int j = 0; j < line.Length; j++)
            {
                line[j] = random.Next(4) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            }

            CommandParseResult result = CommandParser.Parse(line);

            Assert.True(result.IsSuccess ^ (result.Error is not null) || result.IsBlank);
        }
    }
}
