using System.Text;

namespace ActorChat.Tests.Integration;

/// <summary>What a PAIR leaves behind when refused, and lines sent right behind a PAIR.</summary>
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

    private static Task SendLinesAsync(ChatTestClient client, params string[] lines) =>
        client.SendRawAsync(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))));

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
    public async Task A_PAIR_of_the_own_name_is_malformed_and_keeps_the_pending_request()
    {
        await _alice.SendAsync("PAIR bob");
        await _alice.ExpectAsync("PAIR-PENDING bob");
        await _bob.ExpectAsync("PAIR-REQUEST alice");
        await _alice.SendAsync("PAIR alice");
        await _alice.ExpectAsync("ERR bad-argument alice");
        await _alice.SendAsync("UNPAIR");
        await _alice.ExpectAsync("UNPAIRED bob");
        await _bob.ExpectAsync("UNPAIRED alice");
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

    [Fact]
    public async Task A_SAY_sent_right_behind_the_accepting_PAIR_reaches_the_partner()
    {
        await _bob.SendAsync("PAIR alice");
        await _bob.ExpectAsync("PAIR-PENDING alice");
        await _alice.ExpectAsync("PAIR-REQUEST bob");

        await SendLinesAsync(_alice, "PAIR bob", "SAY hello", "UNPAIR", "SAY gone");
        await _alice.ExpectAsync("PAIRED bob");
        await _alice.ExpectAsync("UNPAIRED bob");
        await _alice.ExpectAsync("ERR not-paired");
        await _bob.ExpectAsync("PAIRED alice");
        await _bob.ExpectAsync("SAY alice hello");
        await _bob.ExpectAsync("UNPAIRED alice");
        Assert.Empty(await _alice.DrainAsync());
    }

    [Fact]
    public async Task A_PAIR_sent_right_behind_a_refused_PAIR_is_handled_after_its_refusal()
    {
        await SendLinesAsync(_alice, "PAIR dave", "PAIR bob", "UNPAIR", "UNPAIR");
        await _alice.ExpectAsync("ERR not-online dave");
        await _alice.ExpectAsync("PAIR-PENDING bob");
        await _alice.ExpectAsync("UNPAIRED bob");
        await _alice.ExpectAsync("ERR not-paired");
        await _bob.ExpectAsync("PAIR-REQUEST alice");
        await _bob.ExpectAsync("UNPAIRED alice");
    }

    [Fact]
    public async Task Both_asking_each_other_and_saying_at_once_pair_once_and_lose_no_SAY()
    {
        for (var i = 0; i < 50; i++)
        {
            await Task.WhenAll(
                SendLinesAsync(_alice, "PAIR bob", $"SAY a{i}", $"PING a{i}"),
                SendLinesAsync(_bob, "PAIR alice", $"SAY b{i}", $"PING b{i}"));
            var aliceLines = await ReadUntilAsync(_alice, $"PONG a{i}");
            var bobLines = await ReadUntilAsync(_bob, $"PONG b{i}");
            var aliceSaid = CheckAnswers(aliceLines, "bob");
            var bobSaid = CheckAnswers(bobLines, "alice");
            Assert.True(aliceSaid || bobSaid, $"round {i}: neither SAY was taken: {string.Join(" | ", aliceLines)} / {string.Join(" | ", bobLines)}");

            // Ending the pair: every SAY taken is shown to the partner before its UNPAIRED.
            await _alice.SendAsync("UNPAIR");
            aliceLines.AddRange(await ReadUntilAsync(_alice, "UNPAIRED bob"));
            bobLines.AddRange(await ReadUntilAsync(_bob, "UNPAIRED alice"));
            Assert.Equal(bobSaid ? 1 : 0, aliceLines.Count(l => l == $"SAY bob b{i}"));
            Assert.Equal(aliceSaid ? 1 : 0, bobLines.Count(l => l == $"SAY alice a{i}"));
            Assert.Single(aliceLines, l => l == "PAIRED bob");
            Assert.Single(bobLines, l => l == "PAIRED alice");
        }
        Assert.Empty(await _alice.DrainAsync());
        Assert.Empty(await _bob.DrainAsync());
    }

    [Fact]
    public async Task Lines_behind_a_PAIR_are_answered_when_its_target_leaves_mid_handshake()
    {
        for (var i = 0; i < 20; i++)
        {
            // A new name each round: a request to a name that left still stands (the spec), and late UNPAIRED/LEFT
            // of an earlier round may still come in.
            var name = $"erin{i}";
            var erin = await ChatTestClient.LoginAsync(_server.EndPoint, name);
            await _alice.FishAsync(l => l == $"JOINED {name}");
            await erin.SendAsync("PAIR alice");
            await erin.ExpectAsync("PAIR-PENDING alice");
            await _alice.FishAsync(l => l == $"PAIR-REQUEST {name}");

            await Task.WhenAll(SendLinesAsync(_alice, $"PAIR {name}", "SAY hi", $"PING r{i}"), erin.DisposeAsync().AsTask());
            var lines = await ReadUntilAsync(_alice, $"PONG r{i}");
            var joined = string.Join(" | ", lines);
            Assert.True(lines.Count(l => l == $"PAIRED {name}" || l == $"PAIR-PENDING {name}" || l == $"ERR not-online {name}") == 1, joined);
            Assert.All(lines, l => Assert.True(l.EndsWith(name, StringComparison.Ordinal) || l == "ERR not-paired" || l.StartsWith("UNPAIRED erin", StringComparison.Ordinal) || l.StartsWith("LEFT erin", StringComparison.Ordinal), joined));

            // The next erin logs in only once the server is done with this one, or its first lines could be this
            // one's LEFT rather than the answer to its PAIR.
            if (!lines.Contains($"LEFT {name}")) await _alice.FishAsync(l => l == $"LEFT {name}");
        }
    }

    [Fact]
    public async Task An_asker_that_disconnects_right_behind_its_PAIR_withdraws_it()
    {
        var erin = await ChatTestClient.LoginAsync(_server.EndPoint, "erin");
        await _bob.ExpectAsync("JOINED erin");
        await erin.SendAsync("PAIR bob");
        await erin.DisposeAsync();

        await _bob.ExpectAsync("PAIR-REQUEST erin");
        var ends = new[] { await _bob.ReadLineAsync(), await _bob.ReadLineAsync() };
        Assert.Equal(["LEFT erin", "UNPAIRED erin"], ends.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Checks the answers to PAIR then SAY: PAIRED (the SAY is taken), or PAIR-PENDING and then the SAY is taken if
    /// the other's request formed the pair before it was handled, else refused with ERR not-paired. Returns whether
    /// the SAY was taken.
    /// </summary>
    private static bool CheckAnswers(List<string> lines, string other)
    {
        var answers = lines.Where(l => l == $"PAIRED {other}" || l == $"PAIR-PENDING {other}" || l.StartsWith("ERR", StringComparison.Ordinal)).ToList();
        var joined = string.Join(" | ", lines);
        Assert.True(answers.Count > 0, joined);
        Assert.All(answers.Skip(1), a => Assert.NotEqual($"PAIR-PENDING {other}", a));
        var refused = answers.IndexOf("ERR not-paired");
        Assert.Equal(refused < 0 ? 0 : 1, answers.Count(a => a.StartsWith("ERR", StringComparison.Ordinal)));
        if (refused < 0) return true;
        // Refused only when the PAIR's own answer was PAIR-PENDING: the pair had not formed when the SAY was handled.
        // The other's request may form it before the refusal is written (PAIRED is an event, not held behind answers).
        Assert.True(answers[0] == $"PAIR-PENDING {other}", joined);
        return false;
    }

    private static async Task<List<string>> ReadUntilAsync(ChatTestClient client, string last)
    {
        var lines = new List<string>();
        string line;
        while ((line = await client.ReadLineAsync()) != last) lines.Add(line);
        return lines;
    }
}
