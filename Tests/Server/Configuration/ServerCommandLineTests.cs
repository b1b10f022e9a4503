using ActorChat.Server.Configuration;

namespace ActorChat.Tests.Server.Configuration;

public sealed class ServerCommandLineTests
{
    [Fact]
    public void No_options_mean_the_default_file_and_no_overrides()
    {
        var cl = ServerCommandLine.Parse([]);
        Assert.Null(cl.ConfigFile);
        Assert.Empty(cl.Overrides);
        Assert.False(cl.ShowHelp);
    }

    [Fact]
    public void Options_become_overrides_in_command_line_order()
    {
        var cl = ServerCommandLine.Parse(
            ["--port", "6000", "--set", "actorchat.server.max-clients=5", "--host", "0.0.0.0", "--log-format", "json",
             "--set", "actorchat.server.port=7000", "--config", "x.conf"]);
        Assert.Equal("x.conf", cl.ConfigFile);
        Assert.Equal(
            ["actorchat.server.port = 6000", "actorchat.server.max-clients = 5", "actorchat.server.host = \"0.0.0.0\"",
             "actorchat.log.format = json", "actorchat.server.port = 7000"],
            cl.Overrides);
    }

    [Fact]
    public void Help_is_recognised()
    {
        Assert.True(ServerCommandLine.Parse(["--help"]).ShowHelp);
        Assert.True(ServerCommandLine.Parse(["-h"]).ShowHelp);
    }

    [Theory]
    [InlineData(new[] { "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "--port" }, "--port needs a value")]
    [InlineData(new[] { "--port", "http" }, "--port: 'http' is not a port number")]
    [InlineData(new[] { "--port", "70000" }, "--port: '70000' is not a port number")]
    [InlineData(new[] { "--port", "-1" }, "--port: '-1' is not a port number")]
    [InlineData(new[] { "--set", "novalue" }, "--set: 'novalue' is not <key>=<value>")]
    [InlineData(new[] { "--set", "=5" }, "--set: '=5' is not <key>=<value>")]
    [InlineData(new[] { "--set", "a.b=" }, "--set: 'a.b' has no value")]
    [InlineData(new[] { "--set", "a b=1" }, "--set: 'a b' is not a HOCON path")]
    [InlineData(new[] { "--log-format", "xml" }, "--log-format: 'xml' is neither json nor text")]
    [InlineData(new[] { "--config" }, "--config needs a value")]
    public void Bad_options_fail_with_a_message_naming_the_option(string[] args, string message)
    {
        var e = Assert.Throws<SettingsException>(() => ServerCommandLine.Parse(args));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void A_value_may_contain_an_equals_sign()
    {
        var cl = ServerCommandLine.Parse(["--set", "a.b=\"x=y\""]);
        Assert.Equal(["a.b = \"x=y\""], cl.Overrides);
    }
}
