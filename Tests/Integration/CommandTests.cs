namespace ActorChat.Tests.Integration;

public sealed class CommandTests : IAsyncLifetime
{
    private ActorChat.Server.ChatServer _server = null!;
    private ChatTestClient _alice = null!;
    private ChatTestClient _bob = null!;
    private ChatTestClient _carol = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync();
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

    [Fact]
    public async Task MSG_reaches_its_recipient_with_the_text_verbatim()
    {
        await _alice.SendAsync("MSG bob hello  there, bob ");
        await _bob.ExpectAsync("MSG alice hello  there, bob ");
    }

    [Fact]
    public async Task MSG_to_several_names_reaches_each_once_and_names_are_case_insensitive()
    {
        await _alice.SendAsync("MSG BOB,carol,Bob hi all");
        await _bob.ExpectAsync("MSG alice hi all");
        await _carol.ExpectAsync("MSG alice hi all");
        await _bob.SendAsync("PING end");
        await _bob.ExpectAsync("PONG end");
    }

    [Fact]
    public async Task MSG_to_an_unknown_name_is_refused_and_the_known_ones_still_get_it()
    {
        await _alice.SendAsync("MSG bob,ghost hi");
        await _alice.ExpectAsync("ERR no-such-user ghost");
        await _bob.ExpectAsync("MSG alice hi");
    }

    [Fact]
    public async Task MSG_without_recipient_or_text_is_refused()
    {
        await _alice.SendAsync("MSG");
        await _alice.ExpectAsync("ERR missing-recipient");
        await _alice.SendAsync("MSG bob");
        await _alice.ExpectAsync("ERR missing-text");
        await _alice.SendAsync("MSG bob    ");
        await _alice.ExpectAsync("ERR missing-text");
    }

    [Fact]
    public async Task BROADCAST_reaches_everyone_but_the_sender()
    {
        await _alice.SendAsync("BROADCAST hello everyone");
        await _bob.ExpectAsync("BROADCAST alice hello everyone");
        await _carol.ExpectAsync("BROADCAST alice hello everyone");
        await _alice.SendAsync("PING after");
        await _alice.ExpectAsync("PONG after");
        await _alice.SendAsync("BROADCAST");
        await _alice.ExpectAsync("ERR missing-text");
    }

    [Fact]
    public async Task LIST_and_WHOELSE_show_who_is_online()
    {
        await _bob.SendAsync("LIST");
        await _bob.ExpectAsync("LIST alice bob carol");
        await _bob.SendAsync("WHOELSE");
        await _bob.ExpectAsync("WHOELSE alice carol");
        await _alice.SendAsync("LIST extra");
        await _alice.ExpectAsync("ERR bad-argument extra");
    }

    [Fact]
    public async Task WHOELSE_alone_is_empty()
    {
        await using var server = await TestServer.StartAsync();
        await using var solo = await ChatTestClient.LoginAsync(server.EndPoint, "solo");
        await solo.SendAsync("WHOELSE");
        await solo.ExpectAsync("WHOELSE");
    }

    [Fact]
    public async Task PING_is_answered_with_PONG_and_its_token()
    {
        await _alice.SendAsync("PING");
        await _alice.ExpectAsync("PONG");
        await _alice.SendAsync("PING abc 123");
        await _alice.ExpectAsync("PONG abc 123");
    }

    [Fact]
    public async Task HELP_answers_with_HELP_lines()
    {
        await _alice.SendAsync("HELP");
        var first = await _alice.ReadLineAsync();
        Assert.StartsWith("HELP ", first);
        var rest = new List<string> { first };
        await _alice.SendAsync("PING end-of-help");
        string line;
        while ((line = await _alice.ReadLineAsync()) != "PONG end-of-help") rest.Add(line);
        Assert.All(rest, l => Assert.StartsWith("HELP ", l));
        Assert.Contains(rest, l => l.Contains("MSG"));
        Assert.Contains(rest, l => l.Contains("BROADCAST"));
    }

    [Fact]
    public async Task Verbs_are_case_insensitive_and_may_carry_a_slash()
    {
        await _alice.SendAsync("msg bob a");
        await _alice.SendAsync("/Msg bob b");
        await _alice.SendAsync("/LIST");
        await _bob.ExpectAsync("MSG alice a");
        await _bob.ExpectAsync("MSG alice b");
        await _alice.ExpectAsync("LIST alice bob carol");
    }

    [Fact]
    public async Task CRLF_and_blank_lines_are_accepted()
    {
        await _alice.SendRawAsync("\r\n\nPING crlf\r\n   \nMSG bob x\r\n"u8.ToArray());
        await _alice.ExpectAsync("PONG crlf");
        await _bob.ExpectAsync("MSG alice x");
    }

    [Fact]
    public async Task An_unknown_verb_is_answered_unknown_command()
    {
        await _alice.SendAsync("DANCE now");
        await _alice.ExpectAsync("ERR unknown-command DANCE");
    }

    [Theory]
    [InlineData("WHOLAST 5")]
    [InlineData("PAIR bob")]
    [InlineData("SAY hi")]
    [InlineData("UNPAIR")]
    [InlineData("BLOCK bob")]
    [InlineData("UNBLOCK bob")]
    [InlineData("INBOX")]
    public async Task The_verbs_of_a_later_issue_are_refused_clearly(string line)
    {
        await _alice.SendAsync(line);
        Assert.StartsWith("ERR not-implemented ", await _alice.ReadLineAsync());
    }

    [Fact]
    public async Task A_recipient_gets_one_senders_messages_in_order()
    {
        for (var i = 0; i < 500; i++) await _alice.SendAsync($"MSG bob {i}");
        for (var i = 0; i < 500; i++) await _bob.ExpectAsync($"MSG alice {i}");
    }

    [Fact]
    public async Task A_client_answering_a_server_PING_with_PONG_gets_no_error()
    {
        await _alice.SendAsync("PONG 1");
        await _alice.SendAsync("PING next");
        await _alice.ExpectAsync("PONG next");
    }

    [Fact]
    public async Task Multibyte_UTF8_text_is_delivered_verbatim()
    {
        await _alice.SendAsync("MSG bob héllo wörld 👋 日本語");
        await _bob.ExpectAsync("MSG alice héllo wörld 👋 日本語");
        await _alice.SendAsync("BROADCAST ½ · ✓");
        await _bob.ExpectAsync("BROADCAST alice ½ · ✓");
    }

    [Fact]
    public async Task A_message_to_oneself_is_delivered_to_oneself()
    {
        await _alice.SendAsync("MSG alice note to self");
        await _alice.ExpectAsync("MSG alice note to self");
    }
}
