namespace ActorChat.Tests.Integration;

public sealed class CommandTests : ThreeClientsTests
{
    [Fact]
    public async Task MSG_reaches_its_recipient_with_the_text_verbatim()
    {
        await Alice.SendAsync("MSG bob hello  there, bob ");
        await Bob.ExpectAsync("MSG alice hello  there, bob ");
    }

    [Fact]
    public async Task MSG_to_several_names_reaches_each_once_and_names_are_case_insensitive()
    {
        await Alice.SendAsync("MSG BOB,carol,Bob hi all");
        await Bob.ExpectAsync("MSG alice hi all");
        await Carol.ExpectAsync("MSG alice hi all");
        await Bob.SendAsync("PING end");
        await Bob.ExpectAsync("PONG end");
    }

    [Fact]
    public async Task MSG_to_an_unknown_name_is_refused_and_the_known_ones_still_get_it()
    {
        await Alice.SendAsync("MSG bob,ghost hi");
        await Alice.ExpectAsync("ERR no-such-user ghost");
        await Bob.ExpectAsync("MSG alice hi");
    }

    [Fact]
    public async Task MSG_without_recipient_or_text_is_refused()
    {
        await Alice.SendAsync("MSG");
        await Alice.ExpectAsync("ERR missing-recipient");
        await Alice.SendAsync("MSG bob");
        await Alice.ExpectAsync("ERR missing-text");
        await Alice.SendAsync("MSG bob    ");
        await Alice.ExpectAsync("ERR missing-text");
    }

    [Fact]
    public async Task BROADCAST_reaches_everyone_but_the_sender()
    {
        await Alice.SendAsync("BROADCAST hello everyone");
        await Bob.ExpectAsync("BROADCAST alice hello everyone");
        await Carol.ExpectAsync("BROADCAST alice hello everyone");
        await Alice.SendAsync("PING after");
        await Alice.ExpectAsync("PONG after");
        await Alice.SendAsync("BROADCAST");
        await Alice.ExpectAsync("ERR missing-text");
    }

    [Fact]
    public async Task LIST_and_WHOELSE_show_who_is_online()
    {
        await Bob.SendAsync("LIST");
        await Bob.ExpectAsync("LIST alice bob carol");
        await Bob.SendAsync("WHOELSE");
        await Bob.ExpectAsync("WHOELSE alice carol");
        await Alice.SendAsync("LIST extra");
        await Alice.ExpectAsync("ERR bad-argument extra");
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
        await Alice.SendAsync("PING");
        await Alice.ExpectAsync("PONG");
        await Alice.SendAsync("PING abc 123");
        await Alice.ExpectAsync("PONG abc 123");
    }

    [Fact]
    public async Task HELP_answers_with_HELP_lines()
    {
        await Alice.SendAsync("HELP");
        var first = await Alice.ReadLineAsync();
        Assert.StartsWith("HELP ", first);
        var rest = new List<string> { first };
        await Alice.SendAsync("PING end-of-help");
        string line;
        while ((line = await Alice.ReadLineAsync()) != "PONG end-of-help") rest.Add(line);
        Assert.All(rest, l => Assert.StartsWith("HELP ", l));
        Assert.Contains(rest, l => l.Contains("MSG"));
        Assert.Contains(rest, l => l.Contains("BROADCAST"));
    }

    [Fact]
    public async Task Verbs_are_case_insensitive_and_may_carry_a_slash()
    {
        await Alice.SendAsync("msg bob a");
        await Alice.SendAsync("/Msg bob b");
        await Alice.SendAsync("/LIST");
        await Bob.ExpectAsync("MSG alice a");
        await Bob.ExpectAsync("MSG alice b");
        await Alice.ExpectAsync("LIST alice bob carol");
    }

    [Fact]
    public async Task CRLF_and_blank_lines_are_accepted()
    {
        await Alice.SendRawAsync("\r\n\nPING crlf\r\n   \nMSG bob x\r\n"u8.ToArray());
        await Alice.ExpectAsync("PONG crlf");
        await Bob.ExpectAsync("MSG alice x");
    }

    [Fact]
    public async Task An_unknown_verb_is_answered_unknown_command()
    {
        await Alice.SendAsync("DANCE now");
        await Alice.ExpectAsync("ERR unknown-command DANCE");
    }

    [Fact]
    public async Task A_recipient_gets_one_senders_messages_in_order()
    {
        for (var i = 0; i < 500; i++) await Alice.SendAsync($"MSG bob {i}");
        for (var i = 0; i < 500; i++) await Bob.ExpectAsync($"MSG alice {i}");
    }

    [Fact]
    public async Task A_client_answering_a_server_PING_with_PONG_gets_no_error()
    {
        await Alice.SendAsync("PONG 1");
        await Alice.SendAsync("PING next");
        await Alice.ExpectAsync("PONG next");
    }

    [Fact]
    public async Task Multibyte_UTF8_text_is_delivered_verbatim()
    {
        await Alice.SendAsync("MSG bob héllo wörld 👋 日本語");
        await Bob.ExpectAsync("MSG alice héllo wörld 👋 日本語");
        await Alice.SendAsync("BROADCAST ½ · ✓");
        await Bob.ExpectAsync("BROADCAST alice ½ · ✓");
    }

    [Fact]
    public async Task A_message_to_oneself_is_delivered_to_oneself()
    {
        await Alice.SendAsync("MSG alice note to self");
        await Alice.ExpectAsync("MSG alice note to self");
    }
}
