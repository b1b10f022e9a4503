using ActorChat.Actors.Configuration;

namespace ActorChat.Tests.Actors.Configuration;

public class ConfigGettersSpec
{
    private static Config Parse(string hocon) => ConfigurationFactory.ParseString(hocon);

    [Fact]
    public void Scalars_are_read_by_path_through_nested_objects_and_dotted_keys()
    {
        var config = Parse("""
            a { b { name = "x", count = 42 } }
            a.b.big = 9000000000
            a.b.ratio = 0.25
            a.b.flag = on
            """);
        Assert.Equal("x", config.GetString("a.b.name"));
        Assert.Equal(42, config.GetInt("a.b.count"));
        Assert.Equal(9000000000L, config.GetLong("a.b.big"));
        Assert.Equal(0.25, config.GetDouble("a.b.ratio"));
        Assert.True(config.GetBoolean("a.b.flag"));
    }

    [Fact]
    public void Missing_paths_return_the_defaults()
    {
        var config = Parse("a = 1");
        Assert.Null(config.GetString("nope"));
        Assert.Equal("d", config.GetString("nope", "d"));
        Assert.Equal(7, config.GetInt("a.b.c", 7));
        Assert.Equal(8L, config.GetLong("nope", 8));
        Assert.True(config.GetBoolean("nope", true));
        Assert.Equal(1.5, config.GetDouble("nope", 1.5));
        Assert.Equal(TimeSpan.FromSeconds(3), config.GetTimeSpan("nope", TimeSpan.FromSeconds(3)));
        Assert.Equal(TimeSpan.Zero, config.GetTimeSpan("nope"));
        Assert.Null(config.GetByteSize("nope"));
        Assert.Empty(config.GetStringList("nope"));
        Assert.Equal(["z"], config.GetStringList("nope", ["z"]));
        Assert.True(config.GetConfig("nope").IsEmpty);
    }

    [Fact]
    public void A_value_set_to_null_counts_as_missing()
    {
        var config = Parse("a = null");
        Assert.False(config.HasPath("a"));
        Assert.Equal("d", config.GetString("a", "d"));
        Assert.Equal(5, config.GetInt("a", 5));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("yes", true)]
    [InlineData("on", true)]
    [InlineData("\"true\"", true)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    public void Booleans_accept_the_six_spec_spellings(string written, bool expected)
    {
        Assert.Equal(expected, Parse($"a = {written}").GetBoolean("a", !expected));
    }

    [Fact]
    public void Numbers_and_booleans_convert_to_strings_as_written_and_strings_to_numbers()
    {
        var config = Parse("""
            n = 1e5
            b = true
            s = "12"
            """);
        Assert.Equal("1e5", config.GetString("n"));
        Assert.Equal("true", config.GetString("b"));
        Assert.Equal(12, config.GetInt("s"));
        Assert.Equal(100000, config.GetInt("n"));
    }

    [Theory]
    [InlineData("a = hello", "GetInt", "'a': expected an int but found the string \"hello\"")]
    [InlineData("a = 1.5", "GetLong", "'a': expected a long but found the number 1.5")]
    [InlineData("a = 3000000000", "GetInt", "out of the 32-bit range")]
    [InlineData("a = maybe", "GetBoolean", "'a': expected a boolean (true/false, yes/no, on/off) but found the string \"maybe\"")]
    [InlineData("a = 1", "GetBoolean", "expected a boolean")]
    [InlineData("a = abc", "GetDouble", "'a': expected a number but found the string \"abc\"")]
    [InlineData("a { b = 1 }", "GetString", "'a': expected a string but found an object")]
    [InlineData("a = [1]", "GetInt", "'a': expected an int but found an array")]
    [InlineData("a = 5", "GetConfig", "'a': expected an object but found the number 5")]
    [InlineData("a = x", "GetStringList", "'a': expected a list of strings but found the string \"x\"")]
    [InlineData("a = [x, {b = 1}]", "GetStringList", "every element must be a string")]
    [InlineData("a = 5 parsecs", "GetTimeSpan", "unknown duration unit 'parsecs'")]
    [InlineData("a = 5 furlongs", "GetByteSize", "unknown size unit 'furlongs'")]
    public void A_wrong_typed_value_throws_naming_the_path_and_the_expected_type(string hocon, string getter, string expected)
    {
        var config = Parse(hocon);
        Action read = getter switch
        {
            "GetInt" => () => config.GetInt("a"),
            "GetLong" => () => config.GetLong("a"),
            "GetBoolean" => () => config.GetBoolean("a"),
            "GetDouble" => () => config.GetDouble("a"),
            "GetString" => () => config.GetString("a"),
            "GetConfig" => () => config.GetConfig("a"),
            "GetStringList" => () => config.GetStringList("a"),
            "GetTimeSpan" => () => config.GetTimeSpan("a"),
            _ => () => config.GetByteSize("a"),
        };
        var e = Assert.Throws<ConfigurationException>(read);
        Assert.Contains(expected, e.Message);
        Assert.Contains("<string>: line 1", e.Message);
    }

    [Fact]
    public void String_lists_come_from_arrays_and_numerically_indexed_objects()
    {
        var config = Parse("""
            hosts = [ "a", b, 3, true ]
            indexed.1 = second
            indexed.0 = first
            indexed.x = ignored
            """);
        Assert.Equal(["a", "b", "3", "true"], config.GetStringList("hosts"));
        Assert.Equal(["first", "second"], config.GetStringList("indexed"));
    }

    [Fact]
    public void GetConfig_returns_the_subtree_with_relative_paths()
    {
        var server = Parse("actorchat.server { port = 5050, host = localhost }").GetConfig("actorchat.server");
        Assert.Equal(5050, server.GetInt("port"));
        Assert.Equal("localhost", server.GetString("host"));
        Assert.False(server.HasPath("actorchat"));
    }

    [Fact]
    public void Quoted_path_elements_may_contain_dots()
    {
        var config = Parse("""
            a { "b.c" = 1 }
            "x.y".z = 2
            """);
        Assert.Equal(1, config.GetInt("a.\"b.c\""));
        Assert.Equal(2, config.GetInt("\"x.y\".z"));
        Assert.False(config.HasPath("a.b.c"));
        Assert.False(config.HasPath("x.y.z"));
    }

    [Fact]
    public void An_invalid_path_argument_is_a_clear_error()
    {
        var e = Assert.Throws<ConfigurationException>(() => Parse("a = 1").GetString("a..b"));
        Assert.Contains("Invalid path", e.Message);
    }

    [Fact]
    public void Empty_and_IsEmpty()
    {
        Assert.True(Config.Empty.IsEmpty);
        Assert.True(ConfigurationFactory.Empty.IsEmpty);
        Assert.True(Parse("").IsEmpty);
        Assert.True(Parse("# only a comment\n").IsEmpty);
        Assert.False(Parse("a = 1").IsEmpty);
    }

    [Fact]
    public void ToString_renders_HOCON_that_parses_back_to_the_same_values()
    {
        var config = Parse("""
            a { b = "x\ny", c = [1, 2.5, true], "d.e" = { f = off } }
            """);
        var again = Parse(config.ToString());
        Assert.Equal("x\ny", again.GetString("a.b"));
        Assert.Equal(["1", "2.5", "true"], again.GetStringList("a.c"));
        Assert.False(again.GetBoolean("a.\"d.e\".f", true));
        Assert.Equal(config.ToString(), again.ToString());
    }

    [Fact]
    public void ToString_quotes_keys_that_would_read_back_differently()
    {
        var config = Parse("\"include\" = 1\n\"a b\" = 2\n\"1x\" = 3\n\"\" = 4\n\"x.y\" = 5\ntrue = 6");
        var again = Parse(config.ToString());
        Assert.Equal(1, again.GetInt("\"include\""));
        Assert.Equal(2, again.GetInt("\"a b\""));
        Assert.Equal(3, again.GetInt("\"1x\""));
        Assert.Equal(4, again.GetInt("\"\""));
        Assert.Equal(5, again.GetInt("\"x.y\""));
        Assert.Equal(6, again.GetInt("true"));
    }

    [Fact]
    public void ToString_of_an_unresolvable_configuration_says_why_instead_of_throwing()
    {
        Assert.Contains("cannot resolve ${nope}", Parse("a = ${nope}").ToString());
    }
}
