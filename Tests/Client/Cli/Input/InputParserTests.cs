using ActorChat.Client.Cli.Input;

namespace ActorChat.Tests.Client.Cli.Input;

public class InputParserTests
{
    private readonly InputParser _parser = new(maxLineBytes: 64);

    private T Parse<T>(string line) where T : UserCommand => Assert.IsType<T>(_parser.Parse(line));

    [Fact]
    public void Msg_takes_a_comma_list_of_names_and_the_rest_of_the_line_verbatim()
    {
        var command = Parse<UserCommand.Direct>("/msg bob,Carol  hi  there ");
        Assert.Equal(["bob", "Carol"], command.To);
        Assert.Equal("hi  there", command.Text);
    }

    [Theory]
    [InlineData("/MSG bob hi")]
    [InlineData("/Msg bob hi")]
    [InlineData("   /msg bob hi")]
    public void Commands_ignore_case_and_leading_spaces(string line) =>
        Assert.Equal("bob", Parse<UserCommand.Direct>(line).To.Single());

    [Theory]
    [InlineData("/msg", "Who to, and what?")]
    [InlineData("/msg bob", "The message is empty")]
    [InlineData("/msg bob    ", "The message is empty")]
    [InlineData("/msg bob,,carol hi", "Name can't be empty")]
    [InlineData("/msg bob, hi", "Name can't be empty")]
    [InlineData("/msg _bob hi", "Name must start with a letter or a digit")]
    [InlineData("/msg b@b hi", "Name can't contain '@': only letters, digits, _ - and .")]
    [InlineData("/msg abcdefghijabcdefghijabcdefghijabc hi", "Name is too long: 33 characters, at most 32")]
    [InlineData("/all", "The message is empty")]
    [InlineData("/wholast", "How many minutes back?")]
    [InlineData("/wholast 0", "Minutes must be a whole number from 1 to 1440")]
    [InlineData("/wholast 1441", "Minutes must be a whole number from 1 to 1440")]
    [InlineData("/wholast ten", "Minutes must be a whole number from 1 to 1440")]
    [InlineData("/inbox 0", "The count must be a whole number of at least 1")]
    [InlineData("/inbox x", "The count must be a whole number of at least 1")]
    [InlineData("/pair", "Whose name?")]
    [InlineData("/pair bob carol", "/pair takes one name")]
    [InlineData("/block b b", "/block takes one name")]
    [InlineData("/unblock -x", "Name must start with a letter or a digit")]
    [InlineData("/list all", "/list takes no arguments")]
    [InlineData("/frob", "Unknown command /frob")]
    [InlineData("/", "A command goes right after the /")]
    public void Bad_input_is_refused_with_the_problem_and_a_hint(string line, string problem)
    {
        var invalid = Parse<UserCommand.Invalid>(line);
        Assert.Equal(problem, invalid.Problem);
        Assert.NotEmpty(invalid.Hint);
    }

    [Fact]
    public void A_line_too_long_for_the_server_is_refused_before_sending()
    {
        var fits = "/all " + new string('x', 64 - "BROADCAST ".Length);
        Assert.IsType<UserCommand.Broadcast>(_parser.Parse(fits));

        var invalid = Parse<UserCommand.Invalid>(fits + "x");
        Assert.Equal("The message is too long: 65 bytes, at most 64 on one line", invalid.Problem);
    }

    [Fact]
    public void Message_length_counts_utf8_bytes()
    {
        var text = new string('é', 28); // 56 bytes
        Assert.IsType<UserCommand.Direct>(_parser.Parse("/msg bob " + text));
        Assert.IsType<UserCommand.Invalid>(_parser.Parse("/msg bobby " + text));
    }

    [Fact]
    public void Every_command_parses_to_its_kind()
    {
        Assert.Equal("hello all", Parse<UserCommand.Broadcast>("/broadcast hello all").Text);
        Assert.Equal("hello", Parse<UserCommand.Broadcast>("/all hello").Text);
        Parse<UserCommand.List>("/list");
        Parse<UserCommand.WhoElse>("/whoelse");
        Assert.Equal(60, Parse<UserCommand.WhoLast>("/wholast 60").Minutes);
        Assert.Equal("bob", Parse<UserCommand.Pair>("/pair bob").Name);
        Parse<UserCommand.Unpair>("/unpair");
        Assert.Equal("x.y-z_1", Parse<UserCommand.Block>("/block x.y-z_1").Name);
        Assert.Equal("bob", Parse<UserCommand.Unblock>("/unblock bob").Name);
        Assert.Null(Parse<UserCommand.Inbox>("/inbox").Count);
        Assert.Equal(900, Parse<UserCommand.Inbox>("/inbox 900").Count);
        Parse<UserCommand.Help>("/help");
        Assert.Null(Parse<UserCommand.Quit>("/quit").Reason);
        Assert.Equal("bye now", Parse<UserCommand.Quit>("/quit bye now").Reason);
        Assert.Null(Parse<UserCommand.Quit>("exit").Reason);
        Assert.Null(Parse<UserCommand.Quit>("  EXIT ").Reason);
        Assert.Equal("psst", Parse<UserCommand.ToPartner>("/say psst").Text);
    }

    [Fact]
    public void A_line_without_a_slash_is_for_the_partner_and_a_blank_line_is_nothing()
    {
        Assert.Equal("hi there /x", Parse<UserCommand.ToPartner>("  hi there /x").Text);
        Parse<UserCommand.Nothing>("");
        Parse<UserCommand.Nothing>("   ");
    }
}
