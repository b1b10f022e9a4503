using ActorChat.Protocol;

namespace ActorChat.Tests.Protocol.Names;

public class ChatNameTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("9")]
    [InlineData("Alice")]
    [InlineData("a_b-c.d")]
    [InlineData("0...___---")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")]
    public void Valid_names(string name)
    {
        Assert.True(ChatName.IsValid(name));
        Assert.True(ChatName.IsValid(System.Text.Encoding.UTF8.GetBytes(name)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("_a")]
    [InlineData("-a")]
    [InlineData(".a")]
    [InlineData("a b")]
    [InlineData("a,b")]
    [InlineData("a@b")]
    [InlineData("zoë")]
    [InlineData("Ａlice")]
    [InlineData("a\tb")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    public void Invalid_names(string name)
    {
        Assert.False(ChatName.IsValid(name));
        Assert.False(ChatName.IsValid(System.Text.Encoding.UTF8.GetBytes(name)));
    }

    [Fact]
    public void Names_are_the_same_name_case_insensitively()
    {
        var online = new HashSet<string>(ChatName.Comparer) { "Alice" };

        Assert.Contains("alice", online);
        Assert.Contains("ALICE", online);
        Assert.DoesNotContain("alice2", online);
        Assert.Equal(ChatName.Normalize("Alice"), ChatName.Normalize("aLICE"));
        Assert.NotEqual(ChatName.Normalize("Alice"), ChatName.Normalize("Alicf"));
    }

    [Fact]
    public void The_comparer_finds_names_from_spans_without_a_string()
    {
        var online = new Dictionary<string, int>(ChatName.Comparer) { ["Alice"] = 1 };
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = online.GetAlternateLookup<ReadOnlySpan<char>>();

        Assert.True(lookup.TryGetValue("aLiCe".AsSpan(), out int value));
        Assert.Equal(1, value);
    }
}
