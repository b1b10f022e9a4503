using System.Globalization;
using ActorChat.Protocol;

namespace ActorChat.Client.Cli.Output;

/// <summary>
/// Turns server events into lines for people: local time, who, what (<c>12:03 alice → you: hi</c>,
/// <c>12:03 [all] bob: hello</c>, <c>* carol joined</c>), errors with a hint of what to do.
/// </summary>
internal sealed class EventFormatter
{
    private readonly TimeProvider _clock;

    /// <summary>A formatter showing times in <paramref name="clock"/>'s local time zone.</summary>
    public EventFormatter(TimeProvider clock) => _clock = clock;

    /// <summary>The line for <paramref name="e"/>, or null for events people need not see (PING, PONG, BYE, the greeting).</summary>
    /// <param name="e">The event.</param>
    /// <param name="self">This client's name, to show "you" for it.</param>
    public StyledLine? Format(ServerEvent e, string? self) => e switch
    {
        MsgEvent m => Message(Now(), m.From, "you", " → ", Style.Direct, m.Text),
        BroadcastEvent b => Tagged(Now(), "[all] ", Style.Broadcast, b.From, b.Text),
        SayEvent s => Tagged(Now(), "[pair] ", Style.Pair, s.From, s.Text),
        OfflineEvent o => Message(Stamp(o.SentAt), o.From, "you", " → ", Style.Direct, o.Text, " (while you were away)"),
        // Tagged, so that the history never passes for messages arriving now (which may come in between).
        InboxEvent i => Message(Stamp(i.SentAt), Same(i.From, self) ? "you" : i.From, Same(i.To, self) ? "you" : i.To, " → ", Style.Direct, i.Text, tag: "[inbox] "),
        InboxEndEvent end => Info(end.Count == 0 ? "inbox is empty: no direct messages yet" : $"end of inbox: {end.Count} direct message{(end.Count == 1 ? "" : "s")}"),
        JoinedEvent j => Info(j.Name, " joined"),
        LeftEvent l => Info(l.Name, " left"),
        HiEvent h => Info("logged in as ", h.Name),
        ListEvent list => Info($"online ({list.Names.Count}): ", string.Join(", ", list.Names)),
        AloneEvent => Info("nobody else is online yet"),
        WhoElseEvent w => w.Names.Count == 0 ? Info("nobody else is online") : Info("also online: ", string.Join(", ", w.Names)),
        WhoLastEvent w => w.Names.Count == 0
            ? Info($"nobody else was online in the last {w.Minutes} min")
            : Info($"online in the last {w.Minutes} min: ", string.Join(", ", w.Names)),
        PairRequestEvent p => Hinted($"{p.From} asks to pair with you", $"/pair {p.From} to accept"),
        PairPendingEvent p => Hinted($"waiting for {p.Name} to accept", $"they type /pair {self ?? "you"}"),
        PairedEvent p => Hinted($"paired with {p.Name}: lines without / now go to {p.Name}", "/unpair to stop"),
        UnpairedEvent u => Unpaired(u.Name, PairEnding.Pair),
        QueuedEvent q => Info(q.Name, " is offline: the message is stored for their next login"),
        BlockedEvent b => Hinted($"blocked {b.Name}: their messages won't reach you", $"/unblock {b.Name} to undo"),
        UnblockedEvent u => Info("unblocked ", u.Name),
        HelpEvent h => StyledLine.Of("  " + h.Text, Style.Info),
        ErrEvent err => Error(ErrorDescription.Problem(err), ErrorDescription.Hint(err)),
        UnknownEvent u => StyledLine.Of("* " + u.Line, Style.Info),
        _ => null, // PING, PONG, BYE and the greeting: the connection deals with them
    };

    /// <summary>The line for <c>UNPAIRED &lt;name&gt;</c>, given what it ends (see <see cref="PairEnding"/>).</summary>
    public static StyledLine Unpaired(string name, PairEnding ending) => ending switch
    {
        PairEnding.OwnRequest => Info("request to pair with ", name, " withdrawn"),
        PairEnding.TheirRequest => Info(name, " no longer asks to pair with you"),
        _ => Info("no longer paired with ", name),
    };

    /// <summary>An error line: <c>! problem (hint)</c>.</summary>
    public static StyledLine Error(string problem, string? hint)
    {
        var line = new StyledLine().Add("! " + problem, Style.Error);
        if (hint is not null) line.Add(" (" + hint + ")", Style.Hint);
        return line;
    }

    /// <summary>A notice: <c>* text</c>.</summary>
    public static StyledLine Info(string text, string more = "", string end = "") =>
        new StyledLine().Add("* ", Style.Info).Add(text, Style.Info).Add(more, Style.Info).Add(end, Style.Info);

    /// <summary>The echo of a message this client sent, in the same shape as received ones.</summary>
    public StyledLine Sent(string tag, string to, string text) => tag.Length == 0
        ? Message(Now(), "you", to, " → ", Style.Direct, text)
        : Tagged(Now(), tag, tag == "[all] " ? Style.Broadcast : Style.Pair, "you", text);

    private static StyledLine Message(string time, string from, string to, string arrow, Style arrowStyle, string text, string note = "", string tag = "") =>
        new StyledLine()
            .Add(time + " ", Style.Time)
            .Add(tag, Style.Info)
            .Add(from, from == "you" ? Style.Self : Style.Name)
            .Add(arrow, arrowStyle)
            .Add(to, to == "you" ? Style.Self : Style.Name)
            .Add(note, Style.Info)
            .Add(": " + text);

    private static StyledLine Tagged(string time, string tag, Style tagStyle, string from, string text) =>
        new StyledLine()
            .Add(time + " ", Style.Time)
            .Add(tag, tagStyle)
            .Add(from, from == "you" ? Style.Self : Style.Name)
            .Add(": " + text);

    private static StyledLine Hinted(string text, string hint) => Info(text).Add(" (" + hint + ")", Style.Hint);

    /// <summary>Whether <paramref name="name"/> is <paramref name="other"/> as the server compares names; false for none.</summary>
    internal static bool Same(string name, string? other) => other is not null && ChatName.Comparer.Equals(name, other);

    private string Now() => TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _clock.LocalTimeZone).ToString("HH:mm", CultureInfo.InvariantCulture);

    // Today's messages by time of day; older ones with their date.
    private string Stamp(DateTime utc)
    {
        var zone = _clock.LocalTimeZone;
        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zone);
        var today = TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), zone).Date;
        return local.ToString(local.Date == today ? "HH:mm" : "MMM d HH:mm", CultureInfo.InvariantCulture);
    }
}
