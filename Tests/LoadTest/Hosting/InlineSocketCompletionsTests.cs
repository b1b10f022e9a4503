using ActorChat.LoadTest.Hosting;

namespace ActorChat.Tests.LoadTest.Hosting;

public class InlineSocketCompletionsTests
{
    [Fact]
    public void An_environment_without_the_switch_gets_it_turned_on()
    {
        var environment = new Dictionary<string, string?>();

        Assert.True(InlineSocketCompletions.Enable(Get(environment), Set(environment)));

        Assert.Equal("1", environment[InlineSocketCompletions.Variable]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("")]
    public void A_switch_the_operator_set_is_left_as_it_is(string value)
    {
        var environment = new Dictionary<string, string?> { [InlineSocketCompletions.Variable] = value };

        Assert.False(InlineSocketCompletions.Enable(Get(environment), Set(environment)));

        Assert.Equal(value, environment[InlineSocketCompletions.Variable]);
    }

    [Fact]
    public void A_spawned_server_does_not_inherit_the_switch_the_harness_set()
    {
        var harness = new Dictionary<string, string?>();
        InlineSocketCompletions.Enable(Get(harness), Set(harness));
        var child = new Dictionary<string, string?>(harness) { ["OTHER"] = "kept" };

        InlineSocketCompletions.KeepOutOf(child);

        Assert.False(child.ContainsKey(InlineSocketCompletions.Variable));
        Assert.Equal("kept", child["OTHER"]);
    }

    private static Func<string, string?> Get(Dictionary<string, string?> environment) =>
        name => environment.GetValueOrDefault(name);

    private static Action<string, string?> Set(Dictionary<string, string?> environment) =>
        (name, value) => environment[name] = value;
}
