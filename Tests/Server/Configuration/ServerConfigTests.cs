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

    [Theory]
    [InlineData("actorchat.server.record-history=off", "unknown setting 'actorchat.server.record-history' (known in actorchat.server: host, port,")]
    [InlineData("actorchat.store.histroy-days=3", "unknown setting 'actorchat.store.histroy-days' (known in actorchat.store: history-days,")]
    [InlineData("actorchat.sever.port=6001", "unknown setting 'actorchat.sever' (known in actorchat: actors, log, server, store)")]
    [InlineData("actorchat.log.colour=on", "unknown setting 'actorchat.log.colour'")]
    [InlineData("actorchat.actors.thruput=1", "unknown setting 'actorchat.actors.thruput' (known in actorchat.actors: log-lifecycle,")]
    public void An_unknown_key_given_with_set_is_a_settings_error_naming_it_and_its_blocks_keys(string set, string message)
    {
        var e = Assert.Throws<SettingsException>(() => ServerConfig.Load(ServerCommandLine.Parse(["--set", set])));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void An_unknown_key_in_the_config_file_is_a_settings_error_too()
    {
        var file = Path.Combine(_dir, "typo.conf");
        File.WriteAllText(file, "actorchat.server { port = 6001, max-client = 9 }\n");
        var e = Assert.Throws<SettingsException>(() => ServerConfig.Load(ServerCommandLine.Parse(["--config", file])));
        Assert.StartsWith("unknown setting 'actorchat.server.max-client'", e.Message);
    }

    [Theory]
    [InlineData("actorchat.server=5", "'actorchat.server' is a block of settings, but was given a value")]
    [InlineData("actorchat=5", "'actorchat' is a block of settings, but was given a value")]
    public void A_block_given_a_value_is_a_settings_error(string set, string message)
    {
        var e = Assert.Throws<SettingsException>(() => ServerConfig.Load(ServerCommandLine.Parse(["--set", set])));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Other_programs_blocks_log_category_names_and_keys_outside_actorchat_are_not_checked()
    {
        var file = Path.Combine(_dir, "shared.conf");
        File.WriteAllText(file, """
            actorchat.client { port = 6001, colour-of-the-day = blue }
            actorchat.loadtest.anything = 1
            actorchat.testkit.timefactor = 2
            actorchat.log.categories { "My.Category" = debug }
            elsewhere.entirely = 1
            """);
        var config = ServerConfig.Load(ServerCommandLine.Parse(["--config", file, "--set", "actorchat.store.record-history=off"]));
        Assert.False(StoreSettings.FromConfig(config, _dir).RecordHistory);
    }
}
