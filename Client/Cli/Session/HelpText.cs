namespace ActorChat.Client.Cli.Session;

/// <summary>What <c>/help</c> shows.</summary>
internal static class HelpText
{
    /// <summary>The lines.</summary>
    public static IReadOnlyList<string> Lines { get; } =
    [
        "/msg NAME[,NAME...] TEXT   direct message (to someone offline: delivered at their next login)",
        "/all TEXT                  to everyone online (/broadcast works too)",
        "/pair NAME                 pair with NAME (both ask); then lines without / go to them",
        "/unpair                    end the pair, or withdraw a request",
        "/list  /whoelse            who is online (with or without you)",
        "/wholast MIN               who was online in the last MIN minutes (1 to 1440)",
        "/block NAME  /unblock NAME stop or resume messages from NAME",
        "/inbox [N]                 your last N direct messages (default 20)",
        "/quit [reason]  or  exit   leave",
        "Keys: Tab completes commands and names, Up/Down recall lines, Ctrl+L clears, Ctrl+C or Ctrl+D leaves",
    ];
}
