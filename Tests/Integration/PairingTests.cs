namespace ActorChat.Tests.Integration;

public sealed class PairingTests : IAsyncLifetime
{
    private ActorChat.Server.ChatServer _server = null!;
    private ChatTestClient _alice = null!;
    private ChatTestClient _bob = null!;
    private ChatTestClient _carol = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync();
        await StoreClients.SeenAsync(_server.EndPoint, "dave");
        _alice = await ChatTestClient.LoginAsync(_server.EndPoint, "alice");
        _bob = await ChatTestClient.LoginAsync(_server.EndPoint, "bob");
        _carol = await ChatTestClient.LoginAsync(_server.EndPoint, "carol");
        await _alice.ExpectAsync("JOINED bob");
        await _alice.ExpectAsync("JOINED carol");
        await _bob.ExpectAsync("JOINED carol");
    }

    public async Task DisposeAsync()
    {
        await _alice.DisposeAsync();
        await _bob.DisposeAsync();
        await _carol.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task PairAliceAndBobAsync()
    {
        await _alice.SendAsync("PAIR bob");
        await _alice.ExpectAsync("PAIR-PENDING bob");
        await _bob.ExpectAsync("PAIR-REQUEST alice");
        await _bob.SendAsync("pair ALICE");
        await _bob.ExpectAsync("PAIRED alice");
        await _alice.ExpectAsync("PAIRED bob");
    }

    [Fact]
    public async Task A_mutual_request_forms_the_pair_and_SAY_reaches_only_the_partner()
    {
        await PairAliceAndBobAsync();
        await _alice.SendAsync("SAY hello partner");
        await _bob.ExpectAsync("SAY alice hello partner");
        await _bob.SendAsync("SAY back");
        await _alice.ExpectAsync("SAY bob back");
        Assert.Empty(await _carol.DrainAsync());
    }

    [Fact]
    public async Task SAY_without_a_partner_is_not_paired_and_so_is_a_pending_request()
    {
        await _alice.SendAsync("SAY hi");
        await _alice.ExpectAsync("ERR not-paired");
        await _alice.SendAsync("PAIR bob");
        await _alice.ExpectAsync("PAIR-PENDING bob");
        await _alice.SendAsync("SAY hi");
        await _alice.ExpectAsync("ERR not-paired");
    }

    [Fact]
    public async Task PAIR_errors_follow_the_spec()
    {
        await _alice.SendAsync("PAIR alice");
        await _alice.ExpectAsync("ERR bad-argument alice");
        await _alice.SendAsync("PAIR nobody");
        await _alice.ExpectAsync("ERR no-such-user nobody");
        await _alice.SendAsync("PAIR dave");
        await _alice.ExpectAsync("ERR not-online dave");
        await _alice.SendAsync("PAIR");
        Assert.StartsWith("ERR bad-argument", await _alice.ReadLineAsync());

        await PairAliceAndBobAsync();
        await _alice.SendAsync("PAIR carol");
        await _alice.ExpectAsync("ERR already-paired bob");
        await _carol.SendAsync("PAIR bob");
        await _carol.ExpectAsync("ERR busy bob");
        Assert.Empty(await _bob.DrainAsync());
    }

    [Fact]
    public async Task UNPAIR_ends_the_pair_for_both_and_frees_them()
    {
        await PairAliceAndBobAsync();
        await _bob.SendAsync("UNPAIR");
        await _bob.ExpectAsync("UNPAIRED alice");
        await _alice.ExpectAsync("UNPAIRED bob");
        await _alice.SendAsync("SAY gone");
        await _alice.ExpectAsync("ERR not-paired");
        await _alice.SendAsync("UNPAIR");
        await _alice.ExpectAsync("ERR not-paired");
        await _carol.SendAsync("PAIR alice");
        await _carol.ExpectAsync("PAIR-PENDING alice");
        await _alice.ExpectAsync("PAIR-REQUEST carol");
    }

    [Fact]
    public async Task UNPAIR_withdraws_a_pending_request()
    {
        await _alice.SendAsync("PAIR bob");
        await _alice.ExpectAsync("PAIR-PENDING bob");
        await _bob.ExpectAsync("PAIR-REQUEST alice");
        await _alice.SendAsync("UNPAIR");
        await _alice.ExpectAsync("UNPAIRED bob");
        await _bob.ExpectAsync("UNPAIRED alice");
        // Withdrawn: bob's PAIR is now a request of its own, not an acceptance.
        await _bob.SendAsync("PAIR alice");
        await _bob.ExpectAsync("PAIR-PENDING alice");
        await _alice.ExpectAsync("PAIR-REQUEST bob");
    }

    [Fact]
    public async Task A_new_PAIR_replaces_the_pending_request()
    {
        await _alice.SendAsync("PAIR bob");
        await _alice.ExpectAsync("PAIR-PENDING bob");
        await _alice.SendAsync("PAIR carol");
        await _alice.ExpectAsync("PAIR-PENDING carol");
        await _bob.ExpectAsync("PAIR-REQUEST alice");
        await _carol.ExpectAsync("PAIR-REQUEST alice");
        // bob answering the replaced request does not form a pair; carol answering the current one does.
        await _bob.SendAsync("PAIR alice");
        await _bob.ExpectAsync("PAIR-PENDING alice");
        await _alice.ExpectAsync("PAIR-REQUEST bob");
        await _carol.SendAsync("PAIR alice");
        await _carol.ExpectAsync("PAIRED alice");
        await _alice.ExpectAsync("PAIRED carol");
    }

    [Fact]
    public async Task A_partner_that_disconnects_gives_UNPAIRED_and_LEFT_and_frees_the_other()
    {
        await PairAliceAndBobAsync();
        await _bob.DisposeAsync();
        var lines = new[] { await _alice.ReadLineAsync(), await _alice.ReadLineAsync() };
        Assert.Contains("UNPAIRED bob", lines);
        Assert.Contains("LEFT bob", lines);
        await _alice.SendAsync("PAIR carol");
        await _alice.ExpectAsync("PAIR-PENDING carol");
    }

    [Fact]
    public async Task Requests_crossing_each_other_form_one_pair_with_one_PAIRED_each()
    {
        for (var i = 0; i < 20; i++)
        {
            await _alice.SendAsync("PAIR bob");
            await _bob.SendAsync("PAIR alice");
            var alice = await UpToAndAfterAsync(_alice, "PAIRED bob");
            var bob = await UpToAndAfterAsync(_bob, "PAIRED alice");
            Assert.True(alice.Count(l => l == "PAIRED bob") == 1, string.Join(" | ", alice));
            Assert.True(bob.Count(l => l == "PAIRED alice") == 1, string.Join(" | ", bob));
            await _alice.SendAsync("UNPAIR");
            await _alice.ExpectAsync("UNPAIRED bob");
            await _bob.ExpectAsync("UNPAIRED alice");
        }
    }

    private static async Task<List<string>> UpToAndAfterAsync(ChatTestClient client, string expected)
    {
        var lines = new List<string>();
        string line;
        do lines.Add(line = await client.ReadLineAsync());
        while (line != expected);
        lines.AddRange(await client.DrainAsync());
        return lines;
    }
}
