using ActorChat.Protocol;

namespace ActorChat.Tests.Protocol.Commands;

public class CommandHelpTests
{
    [Fact]
    public void Every_verb_has_a_name_that_parses_back_to_it_and_a_usage_starting_with_it()
    {
        Assert.Equal(Enum.GetValues<CommandVerb>().Order(), CommandHelp.Verbs.Order());
        foreach (CommandVerb verb in CommandHelp.Verbs)
        {
            string name = CommandHelp.Name(verb);

            Assert.True(CommandVerbs.TryMatch(System.Text.Encoding.ASCII.GetBytes(name.ToLowerInvariant()), out CommandVerb matched));
            Assert.Equal(verb, matched);
            Assert.StartsWith(name, CommandHelp.Usage(verb));
        }
    }

    [Fact]
    public void The_help_lines_mention_every_command_and_are_valid_HELP_lines()
    {
        foreach (CommandVerb verb in CommandHelp.Verbs)
        {
            Assert.Contains(CommandHelp.Lines, line => line.Text.StartsWith(CommandHelp.Usage(verb) + " "));
        }

        Assert.All(CommandHelp.Lines, line => Assert.IsType<HelpEvent>(EventParser.Parse(line.ToString()).Event));
    }
}
