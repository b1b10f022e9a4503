using System.Net;

namespace ActorChat.Tests.Integration;

/// <summary>
/// A fresh server per test with alice, bob and carol logged in, each having seen the later ones join, so a test
/// starts from quiet connections.
/// </summary>
public abstract class ThreeClientsTests : IAsyncLifetime
{
    protected ActorChat.Server.ChatServer Server { get; private set; } = null!;
    private protected ChatTestClient Alice { get; private set; } = null!;
    private protected ChatTestClient Bob { get; private set; } = null!;
    private protected ChatTestClient Carol { get; private set; } = null!;

    /// <summary>Runs after the server starts and before the three log in (e.g. to make other names known).</summary>
    protected virtual Task BeforeLoginsAsync(IPEndPoint server) => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Server = await TestServer.StartAsync();
        await BeforeLoginsAsync(Server.EndPoint);
        Alice = await ChatTestClient.LoginAsync(Server.EndPoint, "alice");
        Bob = await ChatTestClient.LoginAsync(Server.EndPoint, "bob");
        Carol = await ChatTestClient.LoginAsync(Server.EndPoint, "carol");
        await Alice.ExpectAsync("JOINED bob");
        await Alice.ExpectAsync("JOINED carol");
        await Bob.ExpectAsync("JOINED carol");
    }

    public async Task DisposeAsync()
    {
        await Alice.DisposeAsync();
        await Bob.DisposeAsync();
        await Carol.DisposeAsync();
        await Server.DisposeAsync();
    }
}
