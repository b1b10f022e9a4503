namespace ActorChat.Tests.Integration;

/// <summary>What a PAIR leaves behind when refused.</summary>
public sealed class PairingOutcomeTests : IAsyncLifetime
{
    private ActorChat.Server.ChatServer _server = null!;
    private ChatTestClient _alice = null!;
    private ChatTestClient _bob = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync();
        await StoreClients.SeenAsync(_server.EndPoint, "dave");
        _alice = await ChatTestClient.LoginAsync(_server.EndPoint, "alice");
        _bob = await ChatTestClient.LoginAsync(_server.EndPoint, "bob");
        await _alice.ExpectAsync("JOINED bob");
    }

    public async Task DisposeAsync()
    {
        await _alice.DisposeAsync();
        await _bob.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_PAIR_refused_as_not_online_leaves_no_request_behind()
    {
        await _alice.SendAsync("PAIR dave");
        await _alice.ExpectAsync("ERR not-online dave");
        await _alice.SendAsync("UNPAIR");
        await _alice.ExpectAsync("ERR not-paired");

        await using var dave = await ChatTestClient.LoginAsync(_server.EndPoint, "dave");
        await _alice.ExpectAsync("JOINED dave");
        await dave.SendAsync("PAIR alice");
        await dave.ExpectAsync("PAIR-PENDING alice");
        await _alice.ExpectAsync("PAIR-REQUEST dave");
        Assert.Empty(await dave.DrainAsync());
    }

    [Fact]
    public async Task A_PAIR_refused_as_no_such_user_leaves_no_request_behind()
    {
        await _alice.SendAsync("PAIR nobody");
        await _alice.ExpectAsync("ERR no-such-user nobody");
        await _alice.SendAsync("UNPAIR");
        await _alice.ExpectAsync("ERR not-paired");
    }

    [Fact]
    public async Task A_refused_PAIR_still_replaces_the_pending_request_so_none_is_left()
    {
        await _alice.SendAsync("PAIR bob");
        await _alice.ExpectAsync("PAIR-PENDING bob");
        await _bob.ExpectAsync("PAIR-REQUEST alice");
        await _alice.SendAsync("PAIR dave");
        await _alice.ExpectAsync("ERR not-online dave");
        await _alice.SendAsync("UNPAIR");
        await _alice.ExpectAsync("ERR not-paired");

        // bob's PAIR is a new request, not an acceptance of the replaced one.
        await _bob.SendAsync("PAIR alice");
        await _bob.ExpectAsync("PAIR-PENDING alice");
        await _alice.ExpectAsync("PAIR-REQUEST bob");
    }

    [Fact]
    public async Task A_PAIR_refused_as_busy_leaves_no_request_behind()
    {
        await using var carol = await ChatTestClient.LoginAsync(_server.EndPoint, "carol");
        await _alice.ExpectAsync("JOINED carol");
        await _bob.ExpectAsync("JOINED carol");
        await _bob.SendAsync("PAIR carol");
        await carol.ExpectAsync("PAIR-REQUEST bob");
        await carol.SendAsync("PAIR bob");
        await carol.ExpectAsync("PAIRED bob");
        await _alice.SendAsync("PAIR carol");
        await _alice.ExpectAsync("ERR busy carol");
        await _alice.SendAsync("UNPAIR");
        await _alice.ExpectAsync("ERR not-paired");
    }
}
