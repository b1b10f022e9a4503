using ActorChat.Actors.Configuration;
using ActorChat.Server.Configuration;

namespace ActorChat.Tests.Server.Configuration;

public sealed class ServerSettingsTests
{
    [Fact]
    public void An_empty_config_gives_the_spec_defaults()
    {
        var s = ServerSettings.FromConfig(Config.Empty);
        Assert.Equal("127.0.0.1", s.Host);
        Assert.Equal(5050, s.Port);
        Assert.Equal(10_000, s.MaxClients);
        Assert.Equal(4096, s.MaxLineBytes);
        Assert.Equal(TimeSpan.FromSeconds(300), s.IdleTimeout);
        Assert.Equal(TimeSpan.FromSeconds(60), s.PingTimeout);
        Assert.Equal(4L * 1024 * 1024, s.MaxOutboundBytes);
        Assert.Equal(1000, s.MaxLinesPerSecond);
        Assert.Equal("data", s.DataDir);
        Assert.True(s.AnnouncePresence);
        Assert.True(s.CompactWhenQuiet);
    }

    [Fact]
    public void The_reference_config_holds_the_same_defaults_as_the_code()
    {
        Assert.Equal(new ServerSettings(), ServerSettings.FromConfig(ServerConfig.ReferenceConfig));
    }

    [Fact]
    public void Every_key_is_read_with_hocon_units()
    {
        var s = ServerSettings.FromConfig(ConfigurationFactory.ParseString(
            """
            actorchat.server.host = "0.0.0.0"
            actorchat.server.port = 0
            actorchat.server.max-clients = 3
            actorchat.server.max-connections = 7
            actorchat.server.max-line-bytes = 100
            actorchat.server.idle-timeout = 2s
            actorchat.server.ping-timeout = 500ms
            actorchat.server.max-outbound-bytes = 64KiB
            actorchat.server.max-lines-per-second = 20
            actorchat.server.data-dir = "/tmp/x"
            actorchat.server.shutdown-timeout = 1s
            actorchat.server.announce-presence = off
            actorchat.server.compact-when-quiet = off
            """));
        Assert.Equal(
            new ServerSettings
            {
                Host = "0.0.0.0", Port = 0, MaxClients = 3, MaxConnections = 7, MaxLineBytes = 100,
                IdleTimeout = TimeSpan.FromSeconds(2), PingTimeout = TimeSpan.FromMilliseconds(500),
                MaxOutboundBytes = 64 * 1024, MaxLinesPerSecond = 20, DataDir = "/tmp/x",
                ShutdownTimeout = TimeSpan.FromSeconds(1), AnnouncePresence = false,
                CompactWhenQuiet = false,
            },
            s);
    }

    [Theory]
    [InlineData("actorchat.server.port = 70000", "'actorchat.server.port' must be 0 to 65535")]
    [InlineData("actorchat.server.port = many", "'actorchat.server.port':")]
    [InlineData("actorchat.server.host = \"example.org\"", "'actorchat.server.host' 'example.org' is not an IP address")]
    [InlineData("actorchat.server.max-clients = 0", "'actorchat.server.max-clients' must be at least 1")]
    [InlineData("actorchat.server.max-lines-per-second = 0", "'actorchat.server.max-lines-per-second' must be at least 1")]
    [InlineData("actorchat.server.idle-timeout = 0s", "'actorchat.server.idle-timeout' must be positive")]
    [InlineData("actorchat.server.max-outbound-bytes = 10", "'actorchat.server.max-outbound-bytes' must be at least 1KiB")]
    [InlineData("actorchat.server.max-line-bytes = 2", "'actorchat.server.max-line-bytes' must be 16 bytes to 1MiB")]
    [InlineData("actorchat.server.announce-presence = sometimes", "'actorchat.server.announce-presence':")]
    [InlineData("actorchat.server.compact-when-quiet = sometimes", "'actorchat.server.compact-when-quiet':")]
    public void A_bad_value_fails_naming_its_key(string hocon, string message)
    {
        var e = Assert.Throws<SettingsException>(() => ServerSettings.FromConfig(ConfigurationFactory.ParseString(hocon)));
        Assert.StartsWith(message, e.Message);
    }
}
