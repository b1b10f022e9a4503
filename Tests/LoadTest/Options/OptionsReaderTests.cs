using ActorChat.Actors.Configuration;
using ActorChat.LoadTest.Options;

namespace ActorChat.Tests.LoadTest.Options;

public class OptionsReaderTests
{
    private static LoadTestOptions Read(string? config, params string[] args) =>
        OptionsReader.Read(args, _ => config is null ? null : (ConfigurationFactory.ParseString(config), "test.conf"));

    [Fact]
    public void Defaults_apply_without_a_config_file()
    {
        var o = Read(null, "direct");
        Assert.Equal("direct", o.Scenario);
        Assert.Equal("127.0.0.1", o.Host);
        Assert.Equal(5050, o.Port);
        Assert.Equal(ChatProtocolKind.ActorChat, o.Protocol);
        Assert.False(o.Json);
    }

    [Fact]
    public void The_file_sets_values_and_the_command_line_wins()
    {
        const string conf = """
            # comment
            actorchat.loadtest.clients = 250
            actorchat.loadtest.rate : 5000   // trailing comment
            actorchat.loadtest.duration = 1500ms
            actorchat.loadtest.protocol = "irc"
            actorchat.loadtest.json = on
            """;
        var o = Read(conf, "latency", "--clients", "1000", "--duration=3s");
        Assert.Equal(1000, o.Clients);
        Assert.Equal(5000, o.Rate);
        Assert.Equal(3, o.DurationSeconds);
        Assert.Equal(ChatProtocolKind.Irc, o.Protocol);
        Assert.True(o.Json);
    }

    [Fact]
    public void Every_documented_command_line_option_is_understood()
    {
        var o = Read(null, "fanout", "--clients", "10", "--messages", "20", "--rate", "30", "--duration", "2m", "--senders", "4",
            "--concurrency", "5", "--warmup", "7", "--protocol", "irc", "--json", "--host", "localhost", "--port", "6667", "--spawn",
            "--server-pid", "4242", "--set", "actorchat.server.max-lines-per-second=1000000", "--set=a.b=c", "--quiet");
        Assert.Equal((10, 20, 30L, 120.0, 4, 5), (o.Clients, o.Messages, o.Rate, o.DurationSeconds, o.Senders, o.Concurrency));
        Assert.Equal((ChatProtocolKind.Irc, true, "localhost", 6667, true, 4242, true),
            (o.Protocol, o.Json, o.Host, o.Port, o.Spawn, o.ServerPid, o.Quiet));
        Assert.Equal(["actorchat.server.max-lines-per-second=1000000", "a.b=c"], o.ServerSettings);
        Assert.Equal(7, o.Warmup);
    }

    [Fact]
    public void A_latency_log_is_taken_for_the_latency_scenario_only()
    {
        Assert.Equal("run.log", Read(null, "direct,latency", "--latency-log", "run.log").LatencyLog);
        var e = Assert.Throws<OptionsException>(() => Read(null, "direct", "--latency-log", "run.log"));
        Assert.Equal("--latency-log: only the latency scenario writes one", e.Message);
    }

    [Fact]
    public void Several_scenarios_may_be_given_comma_separated()
    {
        Assert.Equal("direct,fanout", Read(null, "direct,fanout").Scenario);
    }

    [Theory]
    [InlineData("nosuch")]
    [InlineData("direct,nosuch")]
    public void An_unknown_scenario_is_refused_with_the_list(string scenario)
    {
        var e = Assert.Throws<OptionsException>(() => Read(null, scenario));
        Assert.Contains("latency", e.Message);
    }

    [Theory]
    [InlineData("--clients", "many", "whole number")]
    [InlineData("--clients", "-3", "whole number")]
    [InlineData("--port", "70000", "1 to 65535")]
    [InlineData("--protocol", "xmpp", "actorchat or irc")]
    [InlineData("--duration", "soon", "duration")]
    [InlineData("--duration", "5 fortnights", "duration")]
    [InlineData("--frobnicate", "1", "unknown option")]
    [InlineData("--set", "novalue", "key=value")]
    public void A_bad_command_line_value_names_the_option(string option, string value, string expected)
    {
        var e = Assert.Throws<OptionsException>(() => Read(null, "direct", option, value));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_missing_value_and_a_missing_scenario_are_reported()
    {
        Assert.Contains("needs a value", Assert.Throws<OptionsException>(() => Read(null, "direct", "--clients")).Message);
        Assert.Contains("no scenario", Assert.Throws<OptionsException>(() => Read(null, "--clients", "3")).Message);
    }

    [Fact]
    public void The_config_file_is_full_HOCON_blocks_and_substitutions_included()
    {
        var o = Read("base = 7\nactorchat.loadtest { clients = ${base}, channel = \"#room\\\"x\" } # comment", "direct");
        Assert.Equal(7, o.Clients);
        Assert.Equal("#room\"x", o.Channel);
    }

    [Theory]
    [InlineData("actorchat.loadtest.bogus = 3", "unknown option")]
    [InlineData("actorchat.loadtest.clients = ${x}", "x")]
    [InlineData("actorchat.loadtest.clients = lots", "whole number")]
    public void A_bad_config_setting_is_refused_naming_the_source(string conf, string expected)
    {
        var e = Assert.Throws<OptionsException>(() => Read(conf, "direct"));
        Assert.Contains(expected, e.Message);
        Assert.Contains("test.conf", e.Message);
    }

    [Fact]
    public void A_config_file_with_a_syntax_error_is_refused_with_its_file_and_line()
    {
        string path = Path.Combine(Path.GetTempPath(), $"loadtest-{Guid.NewGuid():N}.conf");
        File.WriteAllText(path, "\nactorchat.loadtest.host = \"unterminated\n");
        try
        {
            var e = Assert.Throws<OptionsException>(() => OptionsReader.Read(["direct", "--config", path]));
            Assert.Contains(path, e.Message);
            Assert.Contains("line 2", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("10", 10)]
    [InlineData("2.5s", 2.5)]
    [InlineData("250ms", 0.25)]
    [InlineData("2m", 120)]
    [InlineData("1h", 3600)]
    public void Durations_take_hocon_units(string text, double seconds)
    {
        Assert.Equal(seconds, OptionsReader.Duration(text, "x"), 9);
    }

    [Fact]
    public void The_shipped_loadtest_conf_is_read_cleanly()
    {
        string path = Path.Combine(RepositoryRoot(), "hocon", "loadtest.conf");
        var o = OptionsReader.Read(["direct", "--config", path]);
        Assert.Equal("127.0.0.1", o.Host);
        Assert.True(o.Clients > 1);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActorChat.sln"))) return dir.FullName;
        throw new InvalidOperationException("checkout not found");
    }
}
