using System.Text;
using ActorChat.Protocol;

namespace ActorChat.Tests.Protocol.Commands;

/// <summary>The parser tests' shorthands: a line given as text, parsed from its UTF-8 bytes as the server does.</summary>
internal static class ParsedLines
{
    /// <summary>The parse result as the wire line it stands for: the command re-formatted, the ERR line, or "(blank)".</summary>
    public static string Parse(string line) => CommandParser.Parse(Encoding.UTF8.GetBytes(line)).ToString();

    public static T ParseAs<T>(string line)
        where T : Command
    {
        CommandParseResult result = CommandParser.Parse(Encoding.UTF8.GetBytes(line));
        Assert.True(result.IsSuccess, result.ToString());
        return Assert.IsType<T>(result.Command);
    }
}
