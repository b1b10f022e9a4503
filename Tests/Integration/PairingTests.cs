namespace ActorChat.Tests.Integration;

public sealed class PairingTests : ThreeClientsTests
{
    protected override Task BeforeLoginsAsync(System.Net.IPEndPoint server) => StoreClients.SeenAsync(server, "dave");

    private async Task PairAliceAndBobAsync()
    {
        await Alice.SendAsync("PAIR bob");
        await Alice.ExpectAsync("PAIR-PENDING bob");
        await Bob.ExpectAsync("PAIR-REQUEST alice");
        await Bob.SendAsync("pair ALICE");
        await Bob.ExpectAsync("PAIRED alice");
        await Alice.ExpectAsync("PAIRED bob");
    }

    [Fact]
    public async Task A_mutual_request_forms_the_pair_and_SAY_reaches_only_the_partner()
    {
        await PairAliceAndBobAsync();
        await Alice.SendAsync("SAY hello partner");
        await Bob.ExpectAsync("SAY alice hello partner");
        await Bob.SendAsync("SAY back");
        await Alice.ExpectAsync("SAY bob back");
        Assert.Empty(await Carol.DrainAsync());
    }

    [Fact]
    public async Task SAY_without_a_partner_is_not_paired_and_so_is_a_pending_request()
    {
        await Alice.SendAsync("SAY hi");
        await Alice.ExpectAsync("ERR not-paired");
        await Alice.SendAsync("PAIR bob");
        await Alice.ExpectAsync("PAIR-PENDING bob");
        await Alice.SendAsync("SAY hi");
        await Alice.ExpectAsync("ERR not-paired");
    }

    [Fact]
    public async Task PAIR_errors_follow_the_spec()
    {
        await Alice.SendAsync("PAIR alice");
        await Alice.ExpectAsync("ERR bad-argument alice");
        await Alice.SendAsync("PAIR nobody");
        await Alice.ExpectAsync("ERR no-such-user nobody");
        await Alice.SendAsync("PAIR dave");
        await Alice.ExpectAsync("ERR not-online dave");
        await Alice.SendAsync("PAIR");
        Assert.StartsWith("ERR bad-argument", await Alice.ReadLineAsync());

        await PairAliceAndBobAsync();
        await Alice.SendAsync("PAIR carol");
        await Alice.ExpectAsync("ERR already-paired bob");
        await Carol.SendAsync("PAIR bob");
        await Carol.ExpectAsync("ERR busy bob");
        Assert.Empty(await Bob.DrainAsync());
    }

    [Fact]
    public async Task UNPAIR_ends_the_pair_for_both_and_frees_them()
    {
        await PairAliceAndBobAsync();
        await Bob.SendAsync("UNPAIR");
        await Bob.ExpectAsync("UNPAIRED alice");
        await Alice.ExpectAsync("UNPAIRED bob");
        await Alice.SendAsync("SAY gone");
        await Alice.ExpectAsync("ERR not-paired");
        await Alice.SendAsync("UNPAIR");
        await Alice.ExpectAsync("ERR not-paired");
        await Carol.SendAsync("PAIR alice");
        await Carol.ExpectAsync("PAIR-PENDING alice");
        await Alice.ExpectAsync("PAIR-REQUEST carol");
    }

    [Fact]
    public async Task UNPAIR_withdraws_a_pending_request()
    {
        await Alice.SendAsync("PAIR bob");
        await Alice.ExpectAsync("PAIR-PENDING bob");
        await Bob.ExpectAsync("PAIR-REQUEST alice");
        await Alice.SendAsync("UNPAIR");
        await Alice.ExpectAsync("UNPAIRED bob");
        await Bob.ExpectAsync("UNPAIRED alice");
        // Withdrawn: bob's PAIR is now a request of its own, not an acceptance.
        await Bob.SendAsync("PAIR alice");
        await Bob.ExpectAsync("PAIR-PENDING alice");
        await Alice.ExpectAsync("PAIR-REQUEST bob");
    }

    [Fact]
    public async Task A_new_PAIR_replaces_the_pending_request()
    {
        await Alice.SendAsync("PAIR bob");
        await Alice.ExpectAsync("PAIR-PENDING bob");
        await Alice.SendAsync("PAIR carol");
        await Alice.ExpectAsync("PAIR-PENDING carol");
        await Bob.ExpectAsync("PAIR-REQUEST alice");
        await Carol.ExpectAsync("PAIR-REQUEST alice");
        // bob answering the replaced request does not form a pair; carol answering the current one does.
        await Bob.SendAsync("PAIR alice");
        await Bob.ExpectAsync("PAIR-PENDING alice");
        await Alice.ExpectAsync("PAIR-REQUEST bob");
        await Carol.SendAsync("PAIR alice");
        await Carol.ExpectAsync("PAIRED alice");
        await Alice.ExpectAsync("PAIRED carol");
    }

    [Fact]
    public async Task A_partner_that_disconnects_gives_UNPAIRED_and_LEFT_and_frees_the_other()
    {
        await PairAliceAndBobAsync();
        await Bob.DisposeAsync();
        var lines = new[] { await Alice.ReadLineAsync(), await Alice.ReadLineAsync() };
        Assert.Contains("UNPAIRED bob", lines);
        Assert.Contains("LEFT bob", lines);
        await Alice.SendAsync("PAIR carol");
        await Alice.ExpectAsync("PAIR-PENDING carol");
    }

    [Fact]
    public async Task Requests_crossing_each_other_form_one_pair_with_one_PAIRED_each()
    {
        for (var i = 0; i < 20; i++)
        {
            await Alice.SendAsync("PAIR bob");
            await Bob.SendAsync("PAIR alice");
            var alice = await UpToAndAfterAsync(Alice, "PAIRED bob");
            var bob = await UpToAndAfterAsync(Bob, "PAIRED alice");
            Assert.True(alice.Count(l => l == "PAIRED bob") == 1, string.Join(" | ", alice));
            Assert.True(bob.Count(l => l == "PAIRED alice") == 1, string.Join(" | ", bob));
            await Alice.SendAsync("UNPAIR");
            await Alice.ExpectAsync("UNPAIRED bob");
            await Bob.ExpectAsync("UNPAIRED alice");
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
