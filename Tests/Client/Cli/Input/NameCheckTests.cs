using ActorChat.Client.Cli.Input;

namespace ActorChat.Tests.Client.Cli.Input;

public class NameCheckTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("9lives")]
    [InlineData("Alice_B.c-d")]
    [InlineData("abcdefghijabcdefghijabcdefghijab")]
    public void Names_by_the_spec_rules_pass(string name) => Assert.Null(NameCheck.Problem(name));

    [Theory]
    [InlineData("", "Name can't be empty")]
    [InlineData(".a", "Name must start with a letter or a digit")]
    [InlineData("al ice", "Name can't contain spaces: only letters, digits, _ - and .")]
    [InlineData("al\tice", "Name can't contain spaces: only letters, digits, _ - and .")]
    [InlineData("al\u0001ice", "Name can't contain control characters: only letters, digits, _ - and .")]
    [InlineData("élise", "Name can't contain 'é': only letters, digits, _ - and .")]
    [InlineData("al,b", "Name can't contain ',': only letters, digits, _ - and .")]
    public void Other_names_are_refused_with_a_reason(string name, string problem) =>
        Assert.Equal(problem, NameCheck.Problem(name));
}
