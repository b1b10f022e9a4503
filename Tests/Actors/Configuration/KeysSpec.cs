using ActorChat.Actors.Configuration;

namespace ActorChat.Tests.Actors.Configuration;

/// <summary>GetKeys lists what a user wrote under a path; JoinPath reads a key back, dots and all.</summary>
public class KeysSpec
{
    private static Config Parse(string hocon) => ConfigurationFactory.ParseString(hocon);

    [Fact]
    public void The_immediate_keys_come_in_the_order_first_defined_from_blocks_and_dotted_keys_alike()
    {
        var config = Parse("""
            a { z = 1, nested { deep = 2 } }
            a.b = 3
            a.z = 4
            """);
        Assert.Equal(["z", "nested", "b"], config.GetKeys("a"));
        Assert.Equal(["deep"], config.GetKeys("a.nested"));
    }

    [Fact]
    public void Keys_of_the_fallback_are_listed_under_those_of_the_configuration()
    {
        var config = Parse("log.categories { App = debug, Both = error }")
            .WithFallback(Parse("log.categories { Reference = warning, Both = trace }, log.level = info"));
        Assert.Equal(["Reference", "Both", "App"], config.GetKeys("log.categories"));
        Assert.Equal(["categories", "level"], config.GetKeys("log"));
        Assert.Equal("error", config.GetString(Config.JoinPath("log.categories", "Both")));
    }

    [Fact]
    public void A_quoted_key_holding_dots_is_one_key_and_JoinPath_reads_it_back()
    {
        var config = Parse("""categories { "ActorChat.Actors" = debug, "Microsoft.AspNetCore" = warning }""");
        var keys = config.GetKeys("categories");
        Assert.Equal(["ActorChat.Actors", "Microsoft.AspNetCore"], keys);
        Assert.Equal(["debug", "warning"], keys.Select(k => config.GetString(Config.JoinPath("categories", k))));
        Assert.False(config.HasPath("categories.ActorChat.Actors"));
    }

    [Theory]
    [InlineData("ActorChat.Actors")]
    [InlineData("with space")]
    [InlineData("quote\"and\\backslash")]
    [InlineData("include")]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("plain-key_1")]
    public void JoinPath_quotes_a_key_only_as_needed_so_any_key_reads_back(string key)
    {
        var config = Parse("m { " + Config.JoinPath("k", key)[2..] + " = found }");
        Assert.Equal([key], config.GetKeys("m"));
        Assert.Equal("found", config.GetString(Config.JoinPath("m", key)));
    }

    [Fact]
    public void A_missing_path_or_one_set_to_null_has_no_keys_and_null_valued_keys_are_left_out()
    {
        var config = Parse("a { x = 1, gone = null }, b = null");
        Assert.Empty(config.GetKeys("missing"));
        Assert.Empty(config.GetKeys("a.x.further"));
        Assert.Empty(config.GetKeys("b"));
        Assert.Equal(["x"], config.GetKeys("a"));
        Assert.Empty(Config.Empty.GetKeys("a"));
    }

    [Fact]
    public void An_override_set_to_null_hides_a_fallback_key()
    {
        var config = Parse("m.drop = null").WithFallback(Parse("m { keep = 1, drop = 2 }"));
        Assert.Equal(["keep"], config.GetKeys("m"));
    }

    [Fact]
    public void Keys_are_listed_after_substitutions_are_resolved()
    {
        var config = Parse("defaults { p = 1, q = 2 }, a = ${defaults} { r = 3 }");
        Assert.Equal(["p", "q", "r"], config.GetKeys("a"));
    }

    [Fact]
    public void A_value_that_is_not_an_object_is_refused_naming_the_path()
    {
        var e = Assert.Throws<ConfigurationException>(() => Parse("a { x = 5 }").GetKeys("a.x"));
        Assert.StartsWith("'a.x': expected an object but found", e.Message);
        Assert.Throws<ConfigurationException>(() => Parse("a = [1]").GetKeys("a"));
    }

    [Fact]
    public void IsObject_is_true_for_a_block_only()
    {
        var config = Parse("a { x = 5, list = [1], empty {} }, b = null");
        Assert.True(config.IsObject("a"));
        Assert.True(config.IsObject("a.empty"));
        Assert.False(config.IsObject("a.x"));
        Assert.False(config.IsObject("a.list"));
        Assert.False(config.IsObject("b"));
        Assert.False(config.IsObject("missing"));
    }
}
