using System.Text;

namespace ActorChat.Client.Cli.Input;

/// <summary>
/// Turns what the person typed into a <see cref="UserCommand"/>: <c>/msg NAME[,NAME] TEXT</c>, <c>/broadcast</c>
/// (<c>/all</c>), <c>/say</c>, <c>/list</c>, <c>/whoelse</c>, <c>/wholast MIN</c>, <c>/pair NAME</c>, <c>/unpair</c>,
/// <c>/block NAME</c>, <c>/unblock NAME</c>, <c>/inbox [N]</c>, <c>/help</c>, <c>/quit [reason]</c>, <c>exit</c>; any
/// other line is for the pair partner. Names, numbers and the line's length are checked here, so that the server
/// only sees lines it will accept.
/// </summary>
internal sealed class InputParser
{
    /// <summary>The commands as typed, for help and Tab completion.</summary>
    public static IReadOnlyList<string> CommandNames { get; } =
    [
        "/msg", "/broadcast", "/all", "/say", "/list", "/whoelse", "/wholast", "/pair", "/unpair", "/block",
        "/unblock", "/inbox", "/help", "/quit",
    ];

    private readonly int _maxLineBytes;

    /// <summary>A parser refusing lines longer than <paramref name="maxLineBytes"/> on the wire (the server's limit).</summary>
    public InputParser(int maxLineBytes = 4096) => _maxLineBytes = maxLineBytes;

    /// <summary>Parses one typed line.</summary>
    public UserCommand Parse(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return new UserCommand.Nothing();
        if (trimmed.Equals("exit", StringComparison.OrdinalIgnoreCase)) return new UserCommand.Quit(null);
        if (!trimmed.StartsWith('/')) return Text("SAY ", line.TrimStart(), text => new UserCommand.ToPartner(text));

        var space = trimmed.IndexOf(' ');
        var verb = (space < 0 ? trimmed : trimmed[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : trimmed[(space + 1)..].TrimStart(' ');
        return verb switch
        {
            "/msg" or "/m" => Direct(rest),
            "/broadcast" or "/all" => Text("BROADCAST ", rest, text => new UserCommand.Broadcast(text)),
            "/say" => Text("SAY ", rest, text => new UserCommand.ToPartner(text)),
            "/list" => NoArguments(verb, rest, new UserCommand.List()),
            "/whoelse" => NoArguments(verb, rest, new UserCommand.WhoElse()),
            "/wholast" => WhoLast(rest),
            "/pair" => OneName(verb, rest, name => new UserCommand.Pair(name)),
            "/unpair" => NoArguments(verb, rest, new UserCommand.Unpair()),
            "/block" => OneName(verb, rest, name => new UserCommand.Block(name)),
            "/unblock" => OneName(verb, rest, name => new UserCommand.Unblock(name)),
            "/inbox" => Inbox(rest),
            "/help" or "/?" => new UserCommand.Help(),
            "/quit" or "/exit" => new UserCommand.Quit(rest.Length == 0 ? null : rest),
            "/" => new UserCommand.Invalid("A command goes right after the /", "type /help for the list"),
            _ => new UserCommand.Invalid($"Unknown command {verb}", "type /help for the list"),
        };
    }

    private UserCommand Direct(string rest)
    {
        const string usage = "/msg NAME[,NAME...] TEXT";
        if (rest.Length == 0) return new UserCommand.Invalid("Who to, and what?", usage);
        var space = rest.IndexOf(' ');
        var list = space < 0 ? rest : rest[..space];
        var text = space < 0 ? "" : rest[(space + 1)..].TrimStart(' ');
        var names = list.Split(',');
        foreach (var name in names)
        {
            if (NameCheck.Problem(name) is { } problem)
                return new UserCommand.Invalid(problem, $"{usage} (names separated by commas, no spaces)");
        }
        if (text.Trim().Length == 0) return new UserCommand.Invalid("The message is empty", usage);
        return (UserCommand?)Fits("MSG " + list + " ", text) ?? new UserCommand.Direct(names, text);
    }

    private UserCommand Text(string wirePrefix, string text, Func<string, UserCommand> make)
    {
        if (text.Trim().Length == 0)
            return new UserCommand.Invalid("The message is empty", wirePrefix == "SAY " ? "/say TEXT" : "/broadcast TEXT");
        return (UserCommand?)Fits(wirePrefix, text) ?? make(text);
    }

    private UserCommand.Invalid? Fits(string wirePrefix, string text)
    {
        var bytes = Encoding.UTF8.GetByteCount(wirePrefix) + Encoding.UTF8.GetByteCount(text);
        return bytes <= _maxLineBytes
            ? null
            : new UserCommand.Invalid($"The message is too long: {bytes} bytes, at most {_maxLineBytes} on one line",
                "send it in parts");
    }

    private static UserCommand NoArguments(string verb, string rest, UserCommand command) =>
        rest.Length == 0 ? command : new UserCommand.Invalid($"{verb} takes no arguments", $"type just {verb}");

    private static UserCommand OneName(string verb, string rest, Func<string, UserCommand> make)
    {
        var usage = $"{verb} NAME";
        if (rest.Length == 0) return new UserCommand.Invalid("Whose name?", usage);
        if (rest.Contains(' ')) return new UserCommand.Invalid($"{verb} takes one name", usage);
        return NameCheck.Problem(rest) is { } problem ? new UserCommand.Invalid(problem, usage) : make(rest);
    }

    private static UserCommand WhoLast(string rest)
    {
        const string problem = "Minutes must be a whole number from 1 to 1440";
        if (rest.Length == 0) return new UserCommand.Invalid("How many minutes back?", "/wholast MIN, e.g. /wholast 60");
        return int.TryParse(rest, out var minutes) && minutes is >= 1 and <= 1440
            ? new UserCommand.WhoLast(minutes)
            : new UserCommand.Invalid(problem, "/wholast MIN, e.g. /wholast 60");
    }

    private static UserCommand Inbox(string rest)
    {
        if (rest.Length == 0) return new UserCommand.Inbox(null);
        return int.TryParse(rest, out var count) && count >= 1
            ? new UserCommand.Inbox(count)
            : new UserCommand.Invalid("The count must be a whole number of at least 1", "/inbox [N], e.g. /inbox 50");
    }
}
