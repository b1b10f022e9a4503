namespace ActorChat.Tests.Integration;

public sealed class SessionTests : IAsyncLifetime
{
    private ActorChat.Server.ChatServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_first_login_gets_HI_LIST_with_itself_and_ALONE()
    {
        await using var alice = await ChatTestClient.ConnectAsync(_server.EndPoint);
        await alice.SendAsync("HELLO Alice");
        await alice.ExpectAsync("HI Alice");
        await alice.ExpectAsync("LIST Alice");
        await alice.ExpectAsync("ALONE");
    }

    [Fact]
    public async Task A_second_login_gets_the_list_without_ALONE_and_the_first_sees_JOINED()
    {
        await using var alice = await ChatTestClient.LoginAsync(_server.EndPoint, "alice");
        await using var bob = await ChatTestClient.ConnectAsync(_server.EndPoint);
        await bob.SendAsync("HELLO bob");
        await bob.ExpectAsync("HI bob");
        await bob.ExpectAsync("LIST alice bob");
        await alice.ExpectAsync("JOINED bob");
        // Nothing between LIST and the next answer: no ALONE.
        await bob.SendAsync("PING x");
        await bob.ExpectAsync("PONG x");
    }

    [Fact]
    public async Task Bad_names_are_refused_and_the_client_may_try_again()
    {
        await using var c = await ChatTestClient.ConnectAsync(_server.EndPoint);
        await c.SendAsync("HELLO");
        await c.ExpectAsync("ERR name-empty");
        await c.SendAsync("HELLO -dash");
        await c.ExpectAsync("ERR name-invalid -dash");
        await c.SendAsync("HELLO " + new string('a', 33));
        await c.ExpectAsync("ERR name-invalid " + new string('a', 33));
        await c.SendAsync("HELLO ok.name_1-x");
        await c.ExpectAsync("HI ok.name_1-x");
    }

    [Fact]
    public async Task A_taken_name_is_refused_case_insensitively_and_the_connection_closed()
    {
        await using var alice = await ChatTestClient.LoginAsync(_server.EndPoint, "Alice");
        await using var other = await ChatTestClient.ConnectAsync(_server.EndPoint);
        await other.SendAsync("HELLO aLiCe");
        Assert.Equal(["ERR name-taken aLiCe"], await other.ReadToEndAsync());
    }

    [Fact]
    public async Task Before_login_only_HELLO_QUIT_and_PING_work()
    {
        await using var c = await ChatTestClient.ConnectAsync(_server.EndPoint);
        foreach (var line in new[] { "MSG bob hi", "LIST", "WHOELSE", "BROADCAST hi", "HELP", "MSG", "FOO" })
        {
            await c.SendAsync(line);
            await c.ExpectAsync("ERR not-logged-in");
        }
        await c.SendAsync("PING 42");
        await c.ExpectAsync("PONG 42");
        await c.SendAsync("QUIT");
        Assert.Equal(["BYE"], await c.ReadToEndAsync());
    }

    [Fact]
    public async Task A_second_HELLO_after_login_is_refused()
    {
        await using var c = await ChatTestClient.LoginAsync(_server.EndPoint, "carol");
        await c.SendAsync("HELLO dave");
        await c.ExpectAsync("ERR already-logged-in");
    }

    [Fact]
    public async Task QUIT_answers_BYE_closes_and_the_others_see_LEFT()
    {
        await using var alice = await ChatTestClient.LoginAsync(_server.EndPoint, "alice");
        await using var bob = await ChatTestClient.LoginAsync(_server.EndPoint, "bob");
        await alice.ExpectAsync("JOINED bob");
        await bob.SendAsync("QUIT see you");
        Assert.Equal(["BYE"], await bob.ReadToEndAsync());
        await alice.ExpectAsync("LEFT bob");
    }

    [Fact]
    public async Task A_dropped_connection_frees_its_name_and_the_others_see_LEFT()
    {
        await using var alice = await ChatTestClient.LoginAsync(_server.EndPoint, "alice");
        var bob = await ChatTestClient.LoginAsync(_server.EndPoint, "bob");
        await alice.ExpectAsync("JOINED bob");
        await bob.DisposeAsync();
        await alice.ExpectAsync("LEFT bob");
        await using var bob2 = await ChatTestClient.LoginAsync(_server.EndPoint, "BOB");
        await alice.ExpectAsync("JOINED BOB");
    }

    [Fact]
    public async Task Logins_beyond_max_clients_get_server_full_and_are_closed()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.max-clients = 3");
        await using var a = await ChatTestClient.LoginAsync(server.EndPoint, "a");
        await using var b = await ChatTestClient.LoginAsync(server.EndPoint, "b");
        await using var c = await ChatTestClient.LoginAsync(server.EndPoint, "c");
        await using var d = await ChatTestClient.ConnectAsync(server.EndPoint);
        await d.SendAsync("HELLO d");
        Assert.Equal(["ERR server-full"], await d.ReadToEndAsync());
    }

    [Fact]
    public async Task Lines_sent_right_behind_HELLO_are_handled_after_the_login_in_order()
    {
        await using var alice = await ChatTestClient.LoginAsync(_server.EndPoint, "alice");
        await using var bob = await ChatTestClient.ConnectAsync(_server.EndPoint);
        await bob.SendAsync("HELLO bob\nMSG alice one\nWHOELSE\nPING p\nMSG nobody x\nPING q\nQUIT");
        await bob.ExpectAsync("HI bob");
        await bob.ExpectAsync("LIST alice bob");
        Assert.Equal(["WHOELSE alice", "PONG p", "ERR no-such-user nobody", "PONG q", "BYE"], await bob.ReadToEndAsync());
        await alice.ExpectAsync("JOINED bob");
        await alice.ExpectAsync("MSG bob one");
        await alice.ExpectAsync("LEFT bob");
    }

    [Fact]
    public async Task Two_clients_racing_for_one_name_get_exactly_one_HI()
    {
        for (var round = 0; round < 20; round++)
        {
            await using var x = await ChatTestClient.ConnectAsync(_server.EndPoint);
            await using var y = await ChatTestClient.ConnectAsync(_server.EndPoint);
            var name = $"race{round}";
            await Task.WhenAll(x.SendAsync($"HELLO {name}"), y.SendAsync($"HELLO {name.ToUpperInvariant()}"));
            var answers = await Task.WhenAll(x.ReadLineAsync(), y.ReadLineAsync());
            Assert.Single(answers, a => a.StartsWith("HI ", StringComparison.Ordinal));
            Assert.Single(answers, a => a.StartsWith("ERR name-taken ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Connections_beyond_max_connections_get_the_greeting_and_server_full_and_are_closed()
    {
        await using var server = await TestServer.StartAsync("actorchat.server.max-connections = 2");
        await using var a = await ChatTestClient.ConnectAsync(server.EndPoint);
        await using var b = await ChatTestClient.ConnectAsync(server.EndPoint);
        await using var c = await ChatTestClient.ConnectAsync(server.EndPoint);
        Assert.Equal(["ERR server-full"], await c.ReadToEndAsync());
        await a.SendAsync("PING still-served");
        await a.ExpectAsync("PONG still-served");
    }
}
