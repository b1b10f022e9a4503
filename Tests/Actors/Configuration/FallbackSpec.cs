using ActorChat.Actors.Configuration;

namespace ActorChat.Tests.Actors.Configuration;

/// <summary>WithFallback merges as the spec's "Config object merging and file merging" says, then resolves the whole.</summary>
public class FallbackSpec
{
    private static Config Parse(string hocon) => ConfigurationFactory.ParseString(hocon);

    [Fact]
    public void This_configuration_wins_and_the_fallback_fills_the_gaps_with_objects_merged()
    {
        var config = Parse("a { x = 1 }, b = 2").WithFallback(Parse("a { x = 0, y = 0 }, b = 0, c = 0"));
        Assert.Equal(1, config.GetInt("a.x"));
        Assert.Equal(0, config.GetInt("a.y"));
        Assert.Equal(2, config.GetInt("b"));
        Assert.Equal(0, config.GetInt("c"));
    }

    [Fact]
    public void Substitutions_resolve_over_the_merged_whole_so_the_application_can_refer_to_the_reference()
    {
        var app = Parse("greeting = hello ${name}");
        Assert.Throws<ConfigurationException>(() => app.GetString("greeting"));
        Assert.Equal("hello world", app.WithFallback(Parse("name = world")).GetString("greeting"));
    }

    [Fact]
    public void A_reference_substitution_sees_the_application_override()
    {
        var reference = Parse("port = 5050\nurl = \"tcp://host:\"${port}");
        var config = Parse("port = 6060").WithFallback(reference);
        Assert.Equal("tcp://host:6060", config.GetString("url"));
        Assert.Equal("tcp://host:5050", reference.GetString("url"));
    }

    [Fact]
    public void A_self_reference_in_the_application_looks_back_into_the_fallback()
    {
        var reference = Parse("path = [ /bin ]\nopts = \"-a\"\nobj { a = 1 }");
        var app = Parse("path = ${path} [ /usr/bin ]\npath += /opt/bin\nopts = ${opts}\" -b\"\nobj = ${obj} { b = 2 }");
        var config = app.WithFallback(reference);
        Assert.Equal(["/bin", "/usr/bin", "/opt/bin"], config.GetStringList("path"));
        Assert.Equal("-a -b", config.GetString("opts"));
        Assert.Equal(1, config.GetInt("obj.a"));
        Assert.Equal(2, config.GetInt("obj.b"));
    }

    [Fact]
    public void A_null_in_the_application_clears_a_fallback_object()
    {
        var config = Parse("a = null\na { y = 2 }").WithFallback(Parse("a { x = 1 }"));
        Assert.False(config.HasPath("a.x"));
        Assert.Equal(2, config.GetInt("a.y"));
    }

    [Fact]
    public void An_optional_substitution_that_is_undefined_keeps_the_fallback_value()
    {
        var config = Parse("port = ${?ACTORCHAT_SURELY_UNSET_VARIABLE_42}").WithFallback(Parse("port = 5050"));
        Assert.Equal(5050, config.GetInt("port"));
    }

    [Fact]
    public void Fallback_with_empty_or_itself_is_the_same_configuration()
    {
        var config = Parse("a = 1");
        Assert.Same(config, config.WithFallback(Config.Empty));
        Assert.Same(config, config.WithFallback(config));
        Assert.Equal(1, Config.Empty.WithFallback(config).GetInt("a"));
    }

    [Fact]
    public void GetConfig_of_a_merged_configuration_sees_both()
    {
        var sub = Parse("s { a = 1 }").WithFallback(Parse("s { b = 2 }")).GetConfig("s");
        Assert.Equal(1, sub.GetInt("a"));
        Assert.Equal(2, sub.GetInt("b"));
    }

    [Fact]
    public void Resolution_is_safe_when_many_threads_read_a_fresh_configuration_at_once()
    {
        var config = Parse("a = ${b}, b = ${c}, c = 42").WithFallback(Parse("d = 1"));
        var results = new int[16];
        Parallel.For(0, results.Length, i => results[i] = config.GetInt("a"));
        Assert.All(results, r => Assert.Equal(42, r));
    }
}
