using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace ActorChat.Tests.Integration;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_sends_BYE_shutdown_to_every_connection_and_closes_them()
    {
        var server = await TestServer.StartAsync();
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await using var bob = await ChatTestClient.LoginAsync(server.EndPoint, "bob");
        await using var anonymous = await ChatTestClient.ConnectAsync(server.EndPoint);
        await alice.ExpectAsync("JOINED bob");

        await server.StopAsync();

        Assert.Equal(["BYE shutdown"], await alice.ReadToEndAsync());
        Assert.Equal(["BYE shutdown"], await bob.ReadToEndAsync());
        Assert.Equal(["BYE shutdown"], await anonymous.ReadToEndAsync());
        using var late = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => late.ConnectAsync(server.EndPoint));
        await server.StopAsync();
    }

    [Fact]
    public async Task Stopping_a_server_that_no_one_is_connected_to_logs_no_dead_letter()
    {
        // With nobody to say BYE to, the actor system may terminate before the registry takes its Shutdown. That race
        // is lost now and then, so the server is started and stopped a few times.
        var log = new RecordingLoggerProvider();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
        for (var run = 0; run < 30; run++)
        {
            var server = await TestServer.StartAsync(loggers);
            await server.StopAsync();
        }

        Assert.Equal(30, log.Lines.Count(line => line.StartsWith("stopped: stopped;", StringComparison.Ordinal)));
        Assert.DoesNotContain(log.Lines, line => line.Contains("dead letter", StringComparison.Ordinal));
    }
}
