using System.Text;

namespace ActorChat.Protocol;

/// <summary>Matches a server line's verb to an <see cref="EventVerb"/>, ASCII-case-insensitively, without allocating.</summary>
internal static class EventVerbs
{
    public static EventVerb Match(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when Is(name, "HI"u8) => EventVerb.Hi,
        3 when Is(name, "MSG"u8) => EventVerb.Msg,
        3 when Is(name, "SAY"u8) => EventVerb.Say,
        3 when Is(name, "BYE"u8) => EventVerb.Bye,
        3 when Is(name, "ERR"u8) => EventVerb.Err,
        4 when Is(name, "LIST"u8) => EventVerb.List,
        4 when Is(name, "LEFT"u8) => EventVerb.Left,
        4 when Is(name, "HELP"u8) => EventVerb.Help,
        4 when Is(name, "PING"u8) => EventVerb.Ping,
        4 when Is(name, "PONG"u8) => EventVerb.Pong,
        5 when Is(name, "HELLO"u8) => EventVerb.Greeting,
        5 when Is(name, "ALONE"u8) => EventVerb.Alone,
        5 when Is(name, "INBOX"u8) => EventVerb.Inbox,
        6 when Is(name, "JOINED"u8) => EventVerb.Joined,
        6 when Is(name, "PAIRED"u8) => EventVerb.Paired,
        6 when Is(name, "QUEUED"u8) => EventVerb.Queued,
        7 when Is(name, "WHOELSE"u8) => EventVerb.WhoElse,
        7 when Is(name, "WHOLAST"u8) => EventVerb.WhoLast,
        7 when Is(name, "OFFLINE"u8) => EventVerb.Offline,
        7 when Is(name, "BLOCKED"u8) => EventVerb.Blocked,
        8 when Is(name, "UNPAIRED"u8) => EventVerb.Unpaired,
        9 when Is(name, "BROADCAST"u8) => EventVerb.Broadcast,
        9 when Is(name, "INBOX-END"u8) => EventVerb.InboxEnd,
        9 when Is(name, "UNBLOCKED"u8) => EventVerb.Unblocked,
        12 when Is(name, "PAIR-REQUEST"u8) => EventVerb.PairRequest,
        12 when Is(name, "PAIR-PENDING"u8) => EventVerb.PairPending,
        _ => EventVerb.Unknown,
    };

    private static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> upper) => Ascii.EqualsIgnoreCase(name, upper);
}
