namespace ActorChat.Protocol;

/// <summary>
/// The commands as people read them: each verb's wire name and usage, and the <c>HELP</c> lines a server sends.
/// One place, so the server's <c>HELP</c>, the parser's usage errors and a client's completion agree.
/// </summary>
public static class CommandHelp
{
    private static readonly (CommandVerb Verb, string Name, string Usage, string Does)[] Table =
    [
        (CommandVerb.Hello, "HELLO", "HELLO <name>", "log in (1-32 of A-Z a-z 0-9 _ - ., starting with a letter or digit)"),
        (CommandVerb.Msg, "MSG", "MSG <to>[,<to>...] <text>", "direct message to one or several names; offline ones get it at their next login"),
        (CommandVerb.Broadcast, "BROADCAST", "BROADCAST <text>", "message to everyone online"),
        (CommandVerb.List, "LIST", "LIST", "who is online"),
        (CommandVerb.WhoElse, "WHOELSE", "WHOELSE", "who else is online"),
        (CommandVerb.WhoLast, "WHOLAST", "WHOLAST <minutes>", "who was online in the last 1 to 1440 minutes"),
        (CommandVerb.Pair, "PAIR", "PAIR <name>", "ask to pair; the pair forms when both have asked"),
        (CommandVerb.Say, "SAY", "SAY <text>", "message to your pair partner"),
        (CommandVerb.Unpair, "UNPAIR", "UNPAIR", "end the pair or withdraw your request"),
        (CommandVerb.Block, "BLOCK", "BLOCK <name>", "stop receiving messages and pair requests from a name"),
        (CommandVerb.Unblock, "UNBLOCK", "UNBLOCK <name>", "receive from a blocked name again"),
        (CommandVerb.Inbox, "INBOX", "INBOX [n]", "your last n direct messages (default 20, at most 500)"),
        (CommandVerb.Ping, "PING", "PING [token]", "liveness; answered PONG [token]"),
        (CommandVerb.Help, "HELP", "HELP", "this list"),
        (CommandVerb.Quit, "QUIT", "QUIT [reason]", "leave"),
        (CommandVerb.Pong, "PONG", "PONG [token]", "answer to the server's PING <token>, to stay connected when idle"),
    ];

    private static readonly HelpEvent[] HelpLines = CreateLines();

    /// <summary>Every verb, in the order of the spec's table.</summary>
    public static IReadOnlyList<CommandVerb> Verbs { get; } = Array.ConvertAll(Table, row => row.Verb);

    /// <summary>
    /// The <c>HELP</c> lines answering <c>HELP</c>: a heading, one line per command (usage, then what it does),
    /// and a note on the syntax. Shared instances: encode them once.
    /// </summary>
    public static IReadOnlyList<HelpEvent> Lines => HelpLines;

    /// <summary>The verb as the server writes it, in upper case (<c>WHOELSE</c>).</summary>
    /// <param name="verb">The verb.</param>
    public static string Name(CommandVerb verb) => Row(verb).Name;

    /// <summary>The verb with its arguments (<c>PAIR &lt;name&gt;</c>), as in the spec.</summary>
    /// <param name="verb">The verb.</param>
    public static string Usage(CommandVerb verb) => Row(verb).Usage;

    private static (CommandVerb Verb, string Name, string Usage, string Does) Row(CommandVerb verb)
    {
        foreach (var row in Table)
        {
            if (row.Verb == verb)
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a command verb.");
    }

    private static HelpEvent[] CreateLines()
    {
        int width = Table.Max(row => row.Usage.Length);
        var lines = new List<HelpEvent> { new("Commands (verbs are case-insensitive and may start with /):") };
        foreach (var row in Table)
        {
            lines.Add(new HelpEvent(row.Usage.PadRight(width) + "  " + row.Does));
        }

        lines.Add(new HelpEvent("Arguments are separated by single spaces; <text> is the rest of the line."));
        return [.. lines];
    }
}
