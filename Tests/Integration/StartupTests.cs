using ActorChat.Server.Configuration;

namespace ActorChat.Tests.Integration;

public sealed class StartupTests
{
    [Theory]
    [InlineData("actorchat.server.max-clients = 0", "'actorchat.server.max-clients' must be at least 1")]
    [InlineData("actorchat.actors.throughput = 0", "actorchat.actors.throughput must be at least 1")]
    public async Task A_bad_setting_fails_the_start_with_a_settings_error(string hocon, string message)
    {
        var e = await Assert.ThrowsAsync<SettingsException>(() => TestServer.StartAsync(hocon));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public async Task Port_0_binds_a_free_port_and_reports_it()
    {
        await using var a = await TestServer.StartAsync();
        await using var b = await TestServer.StartAsync();
        Assert.NotEqual(0, a.EndPoint.Port);
        Assert.NotEqual(a.EndPoint.Port, b.EndPoint.Port);
        await using var client = await ChatTestClient.LoginAsync(b.EndPoint, "x");
    }
}
