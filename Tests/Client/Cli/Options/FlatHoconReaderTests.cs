using ActorChat.Client.Cli.Options;

namespace ActorChat.Tests.Client.Cli.Options;

public class FlatHoconReaderTests
{
    [Fact]
    public void Reads_quoted_and_plain_values_with_comments_and_later_lines_win()
    {
        var values = FlatHoconReader.Parse("""
            a.b = "x # not a comment \" q"
            a.c: 5s // comment
            a.d = plain # comment
            a.d = again
            """, "t");

        Assert.Equal("x # not a comment \" q", values["a.b"]);
        Assert.Equal("5s", values["a.c"]);
        Assert.Equal("again", values["a.d"]);
    }

    [Theory]
    [InlineData("include \"x.conf\"", "t:1: expected 'key = value'")]
    [InlineData("a { b = 1 }", "t:1: 'a { b' is not a plain dotted key")]
    [InlineData("a = ${b}", "t:1: expected a plain value")]
    [InlineData("a = \"open", "t:1: unterminated quoted value")]
    [InlineData("a = \"x\" y", "t:1: unexpected text after the quoted value")]
    [InlineData("a =", "t:1: expected a plain value")]
    public void Anything_beyond_flat_lines_is_refused_with_its_line(string text, string error)
    {
        var e = Assert.Throws<FormatException>(() => FlatHoconReader.Parse(text, "t"));
        Assert.StartsWith(error, e.Message);
    }
}
