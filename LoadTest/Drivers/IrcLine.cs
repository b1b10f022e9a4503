using System.Text;

namespace ActorChat.LoadTest.Drivers;

/// <summary>
/// One IRC message split RFC 1459/2812 style: optional <c>:prefix</c>, a command (word or three-digit numeric), up to
/// 15 middle parameters and an optional trailing parameter after <c>" :"</c> that may contain spaces.
/// </summary>
/// <param name="Prefix">The source without its colon, or empty.</param>
/// <param name="Command">The command, upper-cased, or the numeric.</param>
/// <param name="Parameters">Middle parameters then the trailing one, if any.</param>
public sealed record IrcLine(string Prefix, string Command, IReadOnlyList<string> Parameters)
{
    /// <summary>The nick part of the prefix (before <c>!</c> or <c>@</c>).</summary>
    public string Nick => Prefix.Split('!', '@')[0];

    /// <summary>The numeric reply code, or -1 for a word command.</summary>
    public int Numeric => Command.Length == 3 && Command.All(char.IsAsciiDigit) ? int.Parse(Command) : -1;

    /// <summary>Parses one line (without CR LF); false for an empty or prefix-only line.</summary>
    public static bool TryParse(ReadOnlySpan<byte> line, out IrcLine? parsed) => TryParse(Encoding.UTF8.GetString(line), out parsed);

    /// <summary>Parses one line (without CR LF); false for an empty or prefix-only line.</summary>
    public static bool TryParse(string line, out IrcLine? parsed)
    {
        parsed = null;
        string rest = line.TrimEnd('\r', '\n');
        string prefix = "";
        if (rest.StartsWith(':'))
        {
            int space = rest.IndexOf(' ');
            if (space < 0) return false;
            prefix = rest[1..space];
            rest = rest[(space + 1)..];
        }
        rest = rest.TrimStart(' ');
        if (rest.Length == 0) return false;
        var parameters = new List<string>();
        int end = rest.IndexOf(' ');
        string command = (end < 0 ? rest : rest[..end]).ToUpperInvariant();
        rest = end < 0 ? "" : rest[(end + 1)..];
        while (rest.Length > 0)
        {
            if (rest[0] == ' ') { rest = rest[1..]; continue; }
            if (rest[0] == ':' || parameters.Count == 14)
            {
                parameters.Add(rest[0] == ':' ? rest[1..] : rest);
                break;
            }
            end = rest.IndexOf(' ');
            parameters.Add(end < 0 ? rest : rest[..end]);
            rest = end < 0 ? "" : rest[(end + 1)..];
        }
        parsed = new IrcLine(prefix, command, parameters);
        return true;
    }
}
