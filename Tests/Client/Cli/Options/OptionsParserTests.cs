using ActorChat.Client.Cli.Options;

namespace ActorChat.Tests.Client.Cli.Options;

public sealed class OptionsParserTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("actorchat-client-options-");

    public void Dispose() => _directory.Delete(recursive: true);

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in this test's directory; returns its path.</summary>
    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static OptionsResult Parse(string[] args, string? noColor = null) =>
        OptionsParser.Parse(args, name => name == "NO_COLOR" ? noColor : null);

    private static ClientOptions Options(params string[] args) =>
        Parse(args).Options ?? throw new Xunit.Sdk.XunitException(Parse(args).Error);

    private static string Error(params string[] args)
    {
        var result = Parse(args);
        Assert.Null(result.Options);
        return result.Error!;
    }

    [Fact]
    public void Without_arguments_the_defaults_apply()
    {
        var options = Options();
        Assert.Equal(("127.0.0.1", 5050, null as string), (options.Host, options.Port, options.Name));
        Assert.Equal(ColorMode.Auto, options.Color);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Linger);
        Assert.False(options.Reconnect);
        Assert.True(options.Bell);
    }

    [Fact]
    public void Options_take_their_value_after_a_space_or_an_equals_sign()
    {
        var options = Options("--host", "10.0.0.1", "--port=7000", "--name=alice", "--no-color", "--no-bell", "--reconnect", "--script");
        Assert.Equal(("10.0.0.1", 7000, "alice"), (options.Host, options.Port, options.Name));
        Assert.Equal(ColorMode.Off, options.Color);
        Assert.False(options.Bell);
        Assert.True(options.Reconnect);
        Assert.True(options.Script);
    }

    [Theory]
    [InlineData("2", 2000)]
    [InlineData("0.5", 500)]
    [InlineData("300ms", 300)]
    [InlineData("2s", 2000)]
    [InlineData("1 minute", 60_000)]
    [InlineData("0", 0)]
    public void Linger_is_seconds_or_a_HOCON_duration(string value, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), Options("--linger", value).Linger);

    [Fact]
    public void The_config_file_is_read_and_the_command_line_wins_over_it()
    {
        var conf = WriteFile("client.conf", """
            # comment
            actorchat.client.host = "chat.example"   # trailing comment
            actorchat.client.port : 6000
            actorchat.client.color = off
            actorchat.client.bell = off
            actorchat.client.linger = 250ms
            actorchat.client.reconnect = on
            actorchat.client.reconnect-max-delay = 1m
            actorchat.client.history-size = 7
            actorchat.server.port = 1   // another program's setting
            """);

        var options = Options("--port", "7001", "--config", conf);

        Assert.Equal("chat.example", options.Host);
        Assert.Equal(7001, options.Port);
        Assert.Equal(ColorMode.Off, options.Color);
        Assert.False(options.Bell);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Linger);
        Assert.True(options.Reconnect);
        Assert.Equal(TimeSpan.FromMinutes(1), options.ReconnectMaxDelay);
        Assert.Equal(7, options.HistorySize);
        Assert.Equal(conf, options.ConfigPath);
        Assert.Equal(new ClientOptions().ConnectTimeout, options.ConnectTimeout);
    }

    [Fact]
    public void The_config_file_is_full_HOCON_with_blocks_includes_substitutions_and_environment_variables()
    {
        var variable = "ACTORCHAT_TEST_NAME_" + Guid.NewGuid().ToString("N");
        WriteFile("common.conf", "servers { home = \"chat.example\" }");
        var conf = WriteFile("client.conf", $$"""
            include "common.conf"
            actorchat.client {
              host = ${servers.home}
              name = ${?{{variable}}}
              reconnect-max-delay = 2 minutes
              reconnect-max-attempts = 3
            }
            actorchat.client.max-line-bytes = 1024
            """);
        Environment.SetEnvironmentVariable(variable, "alice");
        try
        {
            var options = Options("--config", conf);

            Assert.Equal("chat.example", options.Host);
            Assert.Equal("alice", options.Name);
            Assert.Equal(TimeSpan.FromMinutes(2), options.ReconnectMaxDelay);
            Assert.Equal(3, options.ReconnectMaxAttempts);
            Assert.Equal(1024, options.MaxLineBytes);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void NO_COLOR_turns_colours_off_when_set_to_anything()
    {
        Assert.Equal(ColorMode.Off, Parse([], noColor: "1").Options!.Color);
        Assert.Equal(ColorMode.Auto, Parse([], noColor: "").Options!.Color);
    }

    [Theory]
    [InlineData("--port", "x", "--port: 'x' is not a port (1 to 65535)")]
    [InlineData("--port", "70000", "--port: '70000' is not a port (1 to 65535)")]
    [InlineData("--linger", "soon", "--linger: 'soon' is not a duration (e.g. 1s, 500ms)")]
    [InlineData("--linger", "infinite", "--linger: 'infinite' is not a duration (e.g. 1s, 500ms)")]
    [InlineData("--linger", "-1", "--linger: a duration can't be negative")]
    [InlineData("--linger", "1s\" } x", "--linger: '1s\" } x' is not a duration (e.g. 1s, 500ms)")]
    [InlineData("--linger=", "", "--linger: '' is not a duration (e.g. 1s, 500ms)")]
    [InlineData("--host", "", "--host: can't be empty")]
    [InlineData("--frob", "", "unknown option '--frob'")]
    [InlineData("alice", "", "unexpected argument 'alice'")]
    public void Bad_options_give_one_clear_error(string option, string value, string error) =>
        Assert.Equal(error, Error(value.Length == 0 && option != "--host" ? [option] : [option, value]));

    [Theory]
    [InlineData("actorchat.client.prot = 1", ": unknown setting 'actorchat.client.prot' (known: host, port, name,")]
    [InlineData("actorchat.client { reconnect { max = 1 } }", "'actorchat.client.reconnect': expected a boolean but found an object (")]
    [InlineData("actorchat.client { \"port.x\" = 1 }", ": unknown setting 'actorchat.client.\"port.x\"'")]
    [InlineData("actorchat.client = on", "'actorchat.client': expected an object but found the string \"on\" (")]
    [InlineData("actorchat.client.port = x", "'actorchat.client.port': expected an int but found the string \"x\" (")]
    [InlineData("actorchat.client.port = 70000", ": actorchat.client.port: '70000' is not a port (1 to 65535)")]
    [InlineData("actorchat.client.linger = soon", "'actorchat.client.linger': expected a duration but found the string \"soon\" (")]
    [InlineData("actorchat.client.linger = -1s", ": actorchat.client.linger: a duration can't be negative")]
    [InlineData("actorchat.client.connect-timeout = infinite", "'actorchat.client.connect-timeout': expected a duration")]
    [InlineData("actorchat.client.color = blue", ": actorchat.client.color: 'blue' is not auto/on/off")]
    [InlineData("actorchat.client.max-line-bytes = 8", ": actorchat.client.max-line-bytes: '8' is not a whole number of at least 16")]
    [InlineData("actorchat.client.host = \"\"", ": actorchat.client.host: can't be empty")]
    [InlineData("actorchat.client.host = ${nowhere}", ": line 1, column 25: cannot resolve ${nowhere}")]
    [InlineData("actorchat.client { port = 1", ": line 1, column 28: expected '}' to close the object")]
    public void A_bad_config_file_gives_one_clear_error_naming_the_file(string text, string error)
    {
        var conf = WriteFile("bad.conf", text);
        var message = Error("--config", conf);

        Assert.True(message.Contains(conf) && message.Contains(error), message);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void A_missing_config_file_is_one_clear_error()
    {
        var missing = Path.Combine(_directory.FullName, "missing.conf");
        Assert.StartsWith($"cannot read the file \"{missing}\"", Error("--config", missing));
    }

    [Fact]
    public void An_option_missing_its_value_says_so()
    {
        Assert.Equal("--name needs a value", Parse(["--name"]).Error);
        Assert.Equal("--no-color takes no value", Parse(["--no-color=yes"]).Error);
    }

    [Fact]
    public void Help_is_recognised_anywhere()
    {
        Assert.True(Parse(["--port", "1", "--help"]).HelpRequested);
        Assert.True(Parse(["-h"]).HelpRequested);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ActorChat.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ActorChat.sln not found above " + AppContext.BaseDirectory);
    }
}
