using ActorChat.Actors.Configuration;

namespace ActorChat.Tests.Actors.Configuration;

/// <summary>Every way the tokenizer and parser refuse input: the message names the origin, line, column and what was expected.</summary>
public class ParseErrorSpec
{
    [Theory]
    // Tokenizer
    [InlineData("a = \"unterminated\nb = 1", "line 1, column 5", "closing '\"'")]
    [InlineData("a = \"bad \\q escape\"", "line 1, column 10", "expected one of the escapes")]
    [InlineData("a = \"\\u12G4\"", "line 1, column 6", "four hex digits")]
    [InlineData("a = \"tab\tinside\"", "line 1, column 9", "control character U+0009")]
    [InlineData("a = \"\"\"never closed", "line 1, column 5", "closing '\"\"\"'")]
    [InlineData("a = ${b", "line 1, column 8", "expected '}' to close the substitution")]
    [InlineData("a = ${b\n}", "line 1, column 8", "expected '}' to close the substitution")]
    [InlineData("a = ${b{}", "line 1, column 8", "expected a path expression inside")]
    [InlineData("a = ${${b}}", "line 1, column 7", "cannot be nested")]
    [InlineData("a = $b", "line 1, column 5", "lone '$'")]
    [InlineData("a = ${ ?b}", "line 1, column 8", "'?' is reserved")]
    [InlineData("a + 1", "line 1, column 3", "lone '+'")]
    [InlineData("a = -x", "line 1, column 5", "expected a number after '-'")]
    [InlineData("\n\n  a = b!", "line 3, column 8", "'!' is reserved")]
    // Parser: structure
    [InlineData("a = 1\n}", "line 2, column 1", "no matching '{'")]
    [InlineData("a { b = 1", "line 1, column 10", "expected '}' to close the object opened at line 1, column 3")]
    [InlineData("a = [1, 2", "line 1, column 10", "expected ']' to close the array opened at line 1, column 5")]
    [InlineData("{ a = 1 } b = 2", "line 1, column 11", "expected end of input after the root object's closing '}'")]
    [InlineData("[1, 2]", "line 1, column 1", "expected an object at the root but found an array")]
    [InlineData("a 1", "line 1, column 4", "expected ':', '=', '+=' or '{' after the key '\"a 1\"'")]
    [InlineData("a\nb = 1", "line 2, column 1", "expected ':', '=', '+=' or '{' after the key 'a'")]
    [InlineData("a =\n", "line 2, column 1", "expected a value after '='")]
    [InlineData("a = }", "line 1, column 5", "expected a value after '='")]
    [InlineData("a = 1 ] ", "line 1, column 7", "expected ',' or a newline after the field")]
    [InlineData("a = [1 : 2]", "line 1, column 8", "expected ',', a newline or ']' after the array element")]
    [InlineData(": 1", "line 1, column 1", "expected a key")]
    [InlineData("a = 1,\n,b = 2", "line 2, column 1", "a field or '}' after ','")]
    [InlineData("a = [1,\n, 2]", "line 2, column 1", "a value or ']' after ','")]
    [InlineData("{ , a = 1 }", "line 1, column 3", "expected a field or '}'")]
    [InlineData("a = [,1]", "line 1, column 6", "expected a value or ']'")]
    [InlineData("a..b = 1", "line 1, column 3", "a path cannot start with '.' or hold '..'")]
    [InlineData("a. = 1", "line 1, column 1", "a path cannot end with '.'")]
    [InlineData("a = ${}", "line 1, column 5", "expected a path expression but found nothing")]
    [InlineData("x = 1\n${x} = 1", "line 2, column 1", "substitutions are not allowed in keys")]
    [InlineData("a = [1] x", "line 1, column 9", "cannot concatenate an array with the string \"x\"")]
    // Parser: includes
    [InlineData("include", "line 1, column 8", "expected a quoted file name")]
    [InlineData("include foo", "line 1, column 9", "expected a quoted file name")]
    [InlineData("include = 1", "line 1, column 9", "expected a quoted file name")]
    [InlineData("include file(foo)", "line 1, column 14", "expected a quoted file name inside file(...)")]
    [InlineData("include file(\"x.conf\"", "line 1, column 22", "expected ')' to close file(")]
    [InlineData("include required(required(\"x\"))", "line 1, column 18", "expected a quoted file name")]
    [InlineData("include url(\"http://example.com/a.conf\")", "line 1, column 9", "include url(...) is not supported")]
    [InlineData("include classpath(\"a.conf\")", "line 1, column 9", "include classpath(...) is not supported")]
    [InlineData("include \"https://example.com/a.conf\"", "line 1, column 9", "URL \"https://example.com/a.conf\" is not supported")]
    [InlineData("include \"settings.properties\"", "line 1, column 1", "include of Java properties files is not supported")]
    public void Bad_input_names_the_string_line_column_and_what_was_expected(string hocon, string where, string what)
    {
        var e = Assert.Throws<ConfigurationException>(() => ConfigurationFactory.ParseString(hocon));
        Assert.StartsWith("<string>: " + where + ":", e.Message);
        Assert.Contains(what, e.Message);
    }

    [Theory]
    [InlineData("a = ${missing}", "line 1, column 5", "cannot resolve ${missing}")]
    [InlineData("a = 1\nb = [ x ${a.b} ]", "line 2, column 9", "cannot resolve ${a.b}")]
    [InlineData("a = ${a}", "line 1, column 5", "refers to the field being defined, which has no earlier value")]
    [InlineData("a = ${b}\nb = ${a}", "line 1, column 5", "cycle")]
    [InlineData("a = { b = ${a} }", "line 1, column 11", "cycle")]
    [InlineData("a = 1\nb = ${a} [2]", "line 2, column 10", "cannot concatenate the number 1 with an array")]
    [InlineData("a = 1\na += 2", "line 2, column 3", "cannot concatenate the number 1 with an array")]
    public void Unresolvable_substitutions_fail_on_first_read_with_the_position_of_the_substitution(string hocon, string where, string what)
    {
        var config = ConfigurationFactory.ParseString(hocon);
        var e = Assert.Throws<ConfigurationException>(() => config.HasPath("a"));
        Assert.StartsWith("<string>: " + where + ":", e.Message);
        Assert.Contains(what, e.Message);
        // The failure is remembered, not retried into a different answer.
        Assert.Equal(e.Message, Assert.Throws<ConfigurationException>(() => config.GetString("a")).Message);
    }

    [Fact]
    public void Errors_in_a_file_name_the_file()
    {
        var dir = Directory.CreateTempSubdirectory("actorchat-hocon-");
        try
        {
            var file = Path.Combine(dir.FullName, "bad.conf");
            File.WriteAllText(file, "a = 1\nb = [1,,2]\n");
            var e = Assert.Throws<ConfigurationException>(() => ConfigurationFactory.FromFile(file));
            Assert.StartsWith(file + ": line 2, column 8:", e.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_file_is_a_configuration_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "actorchat-no-such-" + Guid.NewGuid().ToString("N") + ".conf");
        var e = Assert.Throws<ConfigurationException>(() => ConfigurationFactory.FromFile(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void A_file_that_is_not_valid_UTF8_is_refused_not_guessed_at()
    {
        var dir = Directory.CreateTempSubdirectory("actorchat-hocon-");
        try
        {
            var file = Path.Combine(dir.FullName, "latin1.conf");
            File.WriteAllBytes(file, [(byte)'a', (byte)'=', 0xE9, (byte)'\n']);
            var e = Assert.Throws<ConfigurationException>(() => ConfigurationFactory.FromFile(file));
            Assert.Contains("not valid UTF-8", e.Message);
            Assert.Contains(file, e.Message);
            var main = Path.Combine(dir.FullName, "main.conf");
            File.WriteAllText(main, "include \"latin1.conf\"");
            e = Assert.Throws<ConfigurationException>(() => ConfigurationFactory.FromFile(main));
            Assert.StartsWith(main + ": line 1, column 1:", e.Message);
            // A UTF-8 byte order mark is fine.
            File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'=', (byte)'1']);
            Assert.Equal(1, ConfigurationFactory.FromFile(file).GetInt("a"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
