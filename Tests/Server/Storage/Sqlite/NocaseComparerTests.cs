using ActorChat.Server.Storage.Sqlite;

namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class NocaseComparerTests
{
    [Theory]
    [InlineData("bob", "BOB")]
    [InlineData("Alice_9", "aLICE_9")]
    [InlineData("Ünal-x", "Ünal-X")]
    public void Names_differing_only_in_the_case_of_ASCII_letters_are_equal_with_equal_hashes(string a, string b)
    {
        var comparer = NocaseComparer.Instance;

        Assert.True(comparer.Equals(a, b));
        Assert.Equal(comparer.GetHashCode(a), comparer.GetHashCode(b));
    }

    [Theory]
    [InlineData("Ünal", "ünal")]
    [InlineData("bob", "bobby")]
    [InlineData("bob", "bot")]
    public void Names_differing_in_anything_else_are_not_equal_as_in_SQLites_NOCASE(string a, string b)
    {
        Assert.False(NocaseComparer.Instance.Equals(a, b));
    }
}
