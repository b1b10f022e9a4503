using ActorChat.Server.Configuration;

namespace ActorChat.Tests.Server.Configuration;

public sealed class ServerConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("actorchat-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Later_set_options_win_over_earlier_ones_and_over_the_file()
    {
        var file = Path.Combine(_dir, "my.conf");
        File.WriteAllText(file, "actorchat.server.port = 6001\nactorchat.server.max-clients = 9\n");
        var config = ServerConfig.Load(ServerCommandLine.Parse(
            ["--config", file, "--port", "6002", "--set", "actorchat.server.port=6003"]));
        var s = ServerSettings.FromConfig(config);
        Assert.Equal(6003, s.Port);
        Assert.Equal(9, s.MaxClients);
        Assert.Equal(4096, s.MaxLineBytes);
    }

    [Fact]
    public void A_missing_config_file_is_a_settings_error()
    {
        var e = Assert.Throws<SettingsException>(() =>
            ServerConfig.Load(ServerCommandLine.Parse(["--config", Path.Combine(_dir, "nope.conf")])));
        Assert.Contains("no such file", e.Message);
    }

    [Fact]
    public void The_default_file_is_found_beside_the_program()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, ServerConfig.DefaultFile)));
        var s = ServerSettings.FromConfig(ServerConfig.Load(ServerCommandLine.Parse([])));
        Assert.Equal(5050, s.Port);
    }
}
