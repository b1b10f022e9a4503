using ActorChat.Client;
using ActorChat.Protocol;

namespace ActorChat.Tests.Client.Connection;

/// <summary><see cref="ChatConnection.LoginAsync"/> against a scripted server: every answer a login can get.</summary>
public class ChatConnectionLoginTests
{
    [Fact]
    public async Task Login_returns_the_name_and_who_is_online_and_leaves_later_events_to_read()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        var login = connection.LoginAsync("alice");
        Assert.Equal("HELLO alice", await server.ReadLineAsync());
        await server.SendAsync("HI Alice", "LIST Alice bob", "OFFLINE 2026-11-21T09:30:00.123Z bob hello there");
        var result = await login;

        Assert.True(result.IsSuccess);
        Assert.Equal("Alice", result.Name);
        Assert.Equal("Alice", connection.Name);
        Assert.Equal(["Alice", "bob"], result.Online);
        Assert.False(result.Alone);
        var offline = Assert.IsType<OfflineEvent>(await connection.ReadEventAsync());
        Assert.Equal(("bob", "hello there"), (offline.From, offline.Text));
    }

    [Fact]
    public async Task Login_alone_waits_for_ALONE()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        var login = connection.LoginAsync("alice");
        await server.ReadLineAsync();
        await server.SendAsync("HI alice", "LIST alice", "ALONE");

        var result = await login;
        Assert.True(result.Alone);
        Assert.Equal(["alice"], result.Online);
    }

    [Fact]
    public async Task An_invalid_name_can_be_retried_on_the_same_connection()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        var first = connection.LoginAsync("");
        Assert.Equal("HELLO", await server.ReadLineAsync());
        await server.SendAsync("ERR name-empty");
        var refused = await first;
        Assert.Equal(LoginStatus.NameEmpty, refused.Status);
        Assert.True(refused.CanRetry);

        var second = connection.LoginAsync("bob");
        Assert.Equal("HELLO bob", await server.ReadLineAsync());
        await server.SendAsync("HI bob", "LIST bob", "ALONE");
        Assert.True((await second).IsSuccess);
    }

    [Theory]
    [InlineData("ERR name-taken alice", LoginStatus.NameTaken)]
    [InlineData("ERR server-full", LoginStatus.ServerFull)]
    [InlineData("ERR name-invalid a!ice", LoginStatus.NameInvalid)]
    [InlineData("ERR rate-limited", LoginStatus.Refused)]
    public async Task A_refused_login_says_why(string line, LoginStatus status)
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        var login = connection.LoginAsync("alice");
        await server.ReadLineAsync();
        await server.SendAsync(line);

        var result = await login;
        Assert.Equal(status, result.Status);
        Assert.Equal(line, result.Error!.ToString());
    }

    [Fact]
    public async Task A_login_cut_short_by_a_close_says_so()
    {
        var (server, connection) = await ScriptedServer.ConnectedAsync();
        await using var _ = server;
        await using var __ = connection;

        var login = connection.LoginAsync("alice");
        await server.ReadLineAsync();
        server.Drop();

        Assert.Equal(LoginStatus.Closed, (await login).Status);
    }
}
