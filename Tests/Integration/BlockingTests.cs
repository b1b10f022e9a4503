namespace ActorChat.Tests.Integration;

public sealed class BlockingTests : IAsyncLifetime
{
    private ActorChat.Server.ChatServer _server = null!;
    private ChatTestClient _alice = null!;
    private ChatTestClient _mallory = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync();
        _alice = await ChatTestClient.LoginAsync(_server.EndPoint, "alice");
        _mallory = await ChatTestClient.LoginAsync(_server.EndPoint, "mallory");
        await _alice.ExpectAsync("JOINED mallory");
        await _alice.SendAsync("BLOCK Mallory");
        await _alice.ExpectAsync("BLOCKED Mallory");
    }

    public async Task DisposeAsync()
    {
        await _alice.DisposeAsync();
        await _mallory.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_blocked_name_reaches_the_blocker_with_nothing_and_is_not_told()
    {
        await _mallory.SendAsync("MSG alice psst");
        await _mallory.SendAsync("BROADCAST everyone");
        await _mallory.SendAsync("PAIR alice");
        // The sender's answers are those of an unanswered, delivered message and request.
        Assert.Equal(["PAIR-PENDING alice"], await _mallory.DrainAsync());
        Assert.Empty(await _alice.DrainAsync());
    }

    [Fact]
    public async Task SAY_from_a_partner_blocked_later_is_not_shown()
    {
        await _alice.SendAsync("UNBLOCK mallory");
        await _alice.ExpectAsync("UNBLOCKED mallory");
        await _alice.SendAsync("PAIR mallory");
        await _mallory.FishAsync(l => l == "PAIR-REQUEST alice");
        await _mallory.SendAsync("PAIR alice");
        await _alice.FishAsync(l => l == "PAIRED mallory");
        await _alice.SendAsync("BLOCK mallory");
        await _alice.ExpectAsync("BLOCKED mallory");
        await _mallory.SendAsync("SAY hidden");
        await _mallory.DrainAsync();
        Assert.Empty(await _alice.DrainAsync());
    }

    [Fact]
    public async Task UNBLOCK_lets_messages_through_again()
    {
        await _alice.SendAsync("UNBLOCK mallory");
        await _alice.ExpectAsync("UNBLOCKED mallory");
        await _mallory.SendAsync("MSG alice hello again");
        await _alice.ExpectAsync("MSG mallory hello again");
    }

    [Fact]
    public async Task A_block_survives_a_reconnect_and_applies_to_offline_messages()
    {
        await _alice.SendAsync("QUIT");
        await _alice.ReadToEndAsync();
        await _mallory.FishAsync(l => l == "LEFT alice");
        await _mallory.SendAsync("MSG alice while you were away");
        // Not told: the answer is the one for any stored message.
        await _mallory.ExpectAsync("QUEUED alice");

        await using var alice = await StoreClients.HelloAsync(_server.EndPoint, "alice");
        Assert.Empty(await alice.DrainAsync());
        await _mallory.SendAsync("MSG alice live");
        await _mallory.DrainAsync();
        Assert.Empty(await alice.DrainAsync());
        await alice.SendAsync("INBOX");
        await alice.ExpectAsync("INBOX-END 0");
    }

    [Fact]
    public async Task BLOCK_errors_follow_the_spec()
    {
        await _alice.SendAsync("BLOCK alice");
        await _alice.ExpectAsync("ERR bad-argument alice");
        await _alice.SendAsync("BLOCK");
        Assert.StartsWith("ERR bad-argument", await _alice.ReadLineAsync());
        await _alice.SendAsync("UNBLOCK bad!name");
        Assert.StartsWith("ERR ", await _alice.ReadLineAsync());
    }
}
