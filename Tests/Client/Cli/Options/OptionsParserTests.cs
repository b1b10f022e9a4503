using ActorChat.Client.Cli.Options;

namespace ActorChat.Tests.Client.Cli.Options;

public class OptionsParserTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["client.conf"] = """
            # comment
            actorchat.client.host = "chat.example"   # trailing comment
            actorchat.client.port : 6000
            actorchat.client.color = off
            actorchat.client.bell = off
            actorchat.client.linger = 250ms
            actorchat.client.reconnect = on
            actorchat.client.reconnect-max-delay = 1m
            actorchat.server.port = 1   // another program's setting
            """,
        ["typo.conf"] = "actorchat.client.prot = 1",
        ["block.conf"] = "actorchat.client { port = 1 }",
    };

    private static OptionsResult Parse(string[] args, string? noColor = null) =>
        OptionsParser.Parse(args, name => name == "NO_COLOR" ? noColor : null,
            path => Files.TryGetValue(path, out var text) ? text : throw new FileNotFoundException("no such file"));

    private static ClientOptions Options(params string[] args) =>
        Parse(args).Options ?? throw new Xunit.Sdk.XunitException(Parse(args).Error);

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
    [InlineData("0", 0)]
    public void Linger_is_seconds_or_a_HOCON_duration(string value, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), Options("--linger", value).Linger);

    [Fact]
    public void The_config_file_is_read_and_the_command_line_wins_over_it()
    {
        var options = Options("--port", "7001", "--config", "client.conf");
        Assert.Equal("chat.example", options.Host);
        Assert.Equal(7001, options.Port);
        Assert.Equal(ColorMode.Off, options.Color);
        Assert.False(options.Bell);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Linger);
        Assert.True(options.Reconnect);
        Assert.Equal(TimeSpan.FromMinutes(1), options.ReconnectMaxDelay);
        Assert.Equal("client.conf", options.ConfigPath);
    }

    [Fact]
    public void NO_COLOR_turns_colours_off_when_set_to_anything()
    {
        Assert.Equal(ColorMode.Off, Parse([], noColor: "1").Options!.Color);
        Assert.Equal(ColorMode.Auto, Parse([], noColor: "").Options!.Color);
    }

    [Fact]
    public void The_repository_client_conf_is_read_whole()
    {
        var path = Path.Combine(RepositoryRoot(), "hocon", "client.conf");
        var result = OptionsParser.Parse(["--config", path], _ => null, File.ReadAllText);
        Assert.Null(result.Error);
        Assert.Equal(5050, result.Options!.Port);
        Assert.Equal(TimeSpan.FromSeconds(1), result.Options.Linger);
    }

    [Theory]
    [InlineData("--port", "x", "--port: 'x' is not a port (1 to 65535)")]
    [InlineData("--port", "70000", "--port: '70000' is not a port (1 to 65535)")]
    [InlineData("--linger", "soon", "--linger: 'soon' is not a duration (e.g. 1s, 500ms)")]
    [InlineData("--host", "", "--host: can't be empty")]
    [InlineData("--frob", "", "unknown option '--frob'")]
    [InlineData("alice", "", "unexpected argument 'alice'")]
    [InlineData("--config", "missing.conf", "cannot read missing.conf: no such file")]
    [InlineData("--config", "typo.conf", "typo.conf: unknown setting 'actorchat.client.prot'")]
    [InlineData("--config", "block.conf", "block.conf:1: '")]
    public void Bad_options_give_one_clear_error(string option, string value, string error)
    {
        var result = Parse(value.Length == 0 && option != "--host" ? [option] : [option, value]);
        Assert.Null(result.Options);
        Assert.StartsWith(error, result.Error);
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
