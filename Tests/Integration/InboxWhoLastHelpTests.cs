using System.Text.RegularExpressions;
using ActorChat.Protocol;

namespace ActorChat.Tests.Integration;

public sealed partial class InboxWhoLastHelpTests
{
    [Fact]
    public async Task INBOX_lists_the_last_n_messages_to_or_by_me_oldest_first_offline_ones_included()
    {
        await using var server = await TestServer.StartAsync();
        await StoreClients.SeenAsync(server.EndPoint, "carol");
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await using var bob = await ChatTestClient.LoginAsync(server.EndPoint, "bob");
        await alice.ExpectAsync("JOINED bob");
        await alice.SendAsync("MSG bob one");
        await bob.ExpectAsync("MSG alice one");
        await bob.SendAsync("MSG alice two");
        await alice.ExpectAsync("MSG bob two");
        await alice.SendAsync("MSG carol three");
        await alice.ExpectAsync("QUEUED carol");
        await bob.SendAsync("MSG carol not mine");
        await bob.ExpectAsync("QUEUED carol");

        await alice.SendAsync("INBOX");
        AssertInbox(await alice.ReadLineAsync(), "alice", "bob", "one");
        AssertInbox(await alice.ReadLineAsync(), "bob", "alice", "two");
        AssertInbox(await alice.ReadLineAsync(), "alice", "carol", "three");
        await alice.ExpectAsync("INBOX-END 3");

        await alice.SendAsync("INBOX 2");
        AssertInbox(await alice.ReadLineAsync(), "bob", "alice", "two");
        AssertInbox(await alice.ReadLineAsync(), "alice", "carol", "three");
        await alice.ExpectAsync("INBOX-END 2");

        await alice.SendAsync("INBOX 100000");
        Assert.Equal(4, (await alice.DrainAsync()).Count);
    }

    [Fact]
    public async Task A_live_message_comes_back_in_INBOX_byte_for_byte_spaces_and_multibyte_text_included()
    {
        const string text = "  déjà ✓ 🎉, two  spaces ";
        await using var server = await TestServer.StartAsync();
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await using var bob = await ChatTestClient.LoginAsync(server.EndPoint, "bob");
        await alice.SendAsync("MSG bob " + text);
        await bob.ExpectAsync("MSG alice " + text);

        await bob.SendAsync("INBOX");
        AssertInbox(await bob.ReadLineAsync(), "alice", "bob", text);
        await bob.ExpectAsync("INBOX-END 1");
    }

    [Theory]
    [InlineData("INBOX 0", "ERR bad-argument 0")]
    [InlineData("INBOX -3", "ERR bad-argument -3")]
    [InlineData("INBOX many", "ERR bad-argument many")]
    [InlineData("WHOLAST 0", "ERR bad-argument 0")]
    [InlineData("WHOLAST 1441", "ERR bad-argument 1441")]
    [InlineData("WHOLAST soon", "ERR bad-argument soon")]
    public async Task Bad_counts_are_bad_argument(string line, string answer)
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await alice.SendAsync(line);
        await alice.ExpectAsync(answer);
    }

    [Theory]
    [InlineData("SAY", "ERR missing-text")]
    [InlineData("SAY   ", "ERR missing-text")]
    [InlineData("UNPAIR now", "ERR bad-argument")]
    [InlineData("PAIR a b", "ERR bad-argument")]
    [InlineData("BLOCK", "ERR bad-argument")]
    [InlineData("UNBLOCK", "ERR bad-argument")]
    [InlineData("INBOX 1 2", "ERR bad-argument")]
    [InlineData("WHOLAST", "ERR bad-argument")]
    public async Task Malformed_issue_5_commands_get_an_error_and_the_connection_stays(string line, string answer)
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await alice.SendAsync(line);
        Assert.StartsWith(answer, await alice.ReadLineAsync());
        await alice.SendAsync("PING still-here");
        await alice.ExpectAsync("PONG still-here");
    }

    [Fact]
    public async Task WHOLAST_leaves_out_names_last_seen_before_the_window_also_after_a_restart()
    {
        var dataDir = TestServer.NewDataDir();
        await using (var store = ActorChat.Server.Storage.Sqlite.SqliteChatStore.Open(new ActorChat.Server.Storage.StoreOptions(dataDir)))
        {
            await store.RecordLoginAsync("old", DateTimeOffset.UtcNow.AddHours(-2));
            await store.RecordLoginAsync("recent", DateTimeOffset.UtcNow.AddMinutes(-30));
        }
        await using var server = await TestServer.StartAsync(dataDir, "");
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await alice.SendAsync("WHOLAST 10");
        await alice.ExpectAsync("WHOLAST 10");
        await alice.SendAsync("WHOLAST 60");
        await alice.ExpectAsync("WHOLAST 60 recent");
        await alice.SendAsync("WHOLAST 180");
        await alice.ExpectAsync("WHOLAST 180 old recent");
        // A name seen long ago is still a known name: MSG to it is stored, not refused.
        await alice.SendAsync("MSG old hello");
        await alice.ExpectAsync("QUEUED old");
    }

    [Fact]
    public async Task INBOX_with_history_off_keeps_only_offline_messages()
    {
        await using var server = await TestServer.StartAsync("actorchat.store.record-history = off");
        await StoreClients.SeenAsync(server.EndPoint, "carol");
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await using var bob = await ChatTestClient.LoginAsync(server.EndPoint, "bob");
        await alice.ExpectAsync("JOINED bob");
        await alice.SendAsync("MSG bob live");
        await bob.ExpectAsync("MSG alice live");
        await alice.SendAsync("MSG carol stored");
        await alice.ExpectAsync("QUEUED carol");
        await alice.SendAsync("INBOX");
        AssertInbox(await alice.ReadLineAsync(), "alice", "carol", "stored");
        await alice.ExpectAsync("INBOX-END 1");
    }

    [Fact]
    public async Task WHOLAST_names_those_seen_recently_and_those_online_without_self()
    {
        await using var server = await TestServer.StartAsync();
        await StoreClients.SeenAsync(server.EndPoint, "dave");
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await using var bob = await ChatTestClient.LoginAsync(server.EndPoint, "bob");
        await alice.SendAsync("WHOLAST 1");
        await alice.FishAsync(l => l.StartsWith("WHOLAST"));
        await alice.SendAsync("/wholast 1440");
        Assert.Equal("WHOLAST 1440 bob dave", await alice.FishAsync(l => l.StartsWith("WHOLAST")));
        await bob.SendAsync("WHOLAST 5");
        await bob.ExpectAsync("WHOLAST 5 alice dave");
    }

    [Fact]
    public async Task HELP_lists_every_command()
    {
        await using var server = await TestServer.StartAsync();
        await using var alice = await ChatTestClient.LoginAsync(server.EndPoint, "alice");
        await alice.SendAsync("HELP");
        var help = await alice.DrainAsync();
        Assert.All(help, l => Assert.StartsWith("HELP ", l));
        foreach (var verb in CommandHelp.Verbs)
            Assert.Contains(help, l => l.Contains(" " + CommandHelp.Name(verb) + " ") || l.Contains(" " + CommandHelp.Usage(verb)));
        foreach (var name in new[] { "MSG", "BROADCAST", "LIST", "WHOELSE", "WHOLAST", "PAIR", "SAY", "UNPAIR", "BLOCK", "UNBLOCK", "INBOX", "PING", "HELP", "QUIT" })
            Assert.Contains(help, l => Regex.IsMatch(l, $@"\b{name}\b"));
    }

    private static void AssertInbox(string line, string from, string to, string text)
    {
        var match = InboxLine().Match(line);
        Assert.True(match.Success, $"not an INBOX line: {line}");
        Assert.Equal([from, to, text], [match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value]);
    }

    [GeneratedRegex(@"^INBOX \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (\S+) (\S+) (.+)$")]
    private static partial Regex InboxLine();
}
