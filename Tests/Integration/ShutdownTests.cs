using System.Net.Sockets;

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
}
