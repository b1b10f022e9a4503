namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class SqliteChatStoreNameTests : OpenStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 30, 0, 123, TimeSpan.Zero);
    [Fact]
    public async Task A_name_never_logged_in_is_not_found()
    {
        Assert.Null(await Store.FindNameAsync("nobody"));
    }

    [Fact]
    public async Task Login_records_the_name_in_the_case_first_claimed()
    {
        Assert.Equal("Alice", await Store.RecordLoginAsync("Alice", T0));
        Assert.Equal("Alice", await Store.RecordLoginAsync("ALICE", T0.AddMinutes(1)));

        Assert.Equal("Alice", await Store.FindNameAsync("alice"));
        Assert.Equal("Alice", await Store.FindNameAsync("aLiCe"));
    }

    [Fact]
    public async Task Names_seen_since_a_time_include_logins_and_last_seen_updates()
    {
        await Store.RecordLoginAsync("old", T0.AddHours(-2));
        await Store.RecordLoginAsync("recent", T0.AddHours(-2));
        await Store.SetLastSeenAsync("RECENT", T0.AddMinutes(-5));
        await Store.RecordLoginAsync("Now", T0);

        Assert.Equal(["Now", "recent"], await Store.NamesSeenSinceAsync(T0.AddMinutes(-10)));
        Assert.Equal(["Now", "old", "recent"], await Store.NamesSeenSinceAsync(T0.AddHours(-2)));
        Assert.Empty(await Store.NamesSeenSinceAsync(T0.AddMilliseconds(1)));
    }

    [Fact]
    public async Task Last_seen_never_moves_back()
    {
        await Store.RecordLoginAsync("bob", T0);
        await Store.SetLastSeenAsync("bob", T0.AddHours(-1));
        await Store.RecordLoginAsync("Bob", T0.AddHours(-3));

        Assert.Equal(["bob"], await Store.NamesSeenSinceAsync(T0));
    }

    [Fact]
    public async Task Last_seen_of_a_name_never_logged_in_does_not_create_it()
    {
        await Store.SetLastSeenAsync("ghost", T0);

        Assert.Null(await Store.FindNameAsync("ghost"));
        Assert.Empty(await Store.NamesSeenSinceAsync(T0.AddDays(-1)));
    }

    [Fact]
    public async Task A_read_sees_a_login_as_soon_as_its_task_completed()
    {
        var logins = Enumerable.Range(0, 200).Select(i => Store.RecordLoginAsync($"user{i}", T0)).ToArray();
        foreach (var (login, i) in logins.Select((t, i) => (t, i)))
        {
            await login;
            Assert.Equal($"user{i}", await Store.FindNameAsync($"USER{i}"));
        }
    }

    [Fact]
    public async Task Bad_names_are_refused_before_they_reach_the_writer()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.RecordLoginAsync(null!, T0));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordLoginAsync("", T0));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.FindNameAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SetLastSeenAsync("", T0));
    }
}
