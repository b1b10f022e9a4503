using System.Text;

namespace ActorChat.Protocol;

/// <summary>Matches a verb's bytes to a <see cref="CommandVerb"/>, ASCII-case-insensitively, without allocating.</summary>
internal static class CommandVerbs
{
    public static bool TryMatch(ReadOnlySpan<byte> name, out CommandVerb verb)
    {
        verb = name.Length switch
        {
            3 when Is(name, "MSG"u8) => CommandVerb.Msg,
            3 when Is(name, "SAY"u8) => CommandVerb.Say,
            4 when Is(name, "LIST"u8) => CommandVerb.List,
            4 when Is(name, "PING"u8) => CommandVerb.Ping,
            4 when Is(name, "PONG"u8) => CommandVerb.Pong,
            4 when Is(name, "PAIR"u8) => CommandVerb.Pair,
            4 when Is(name, "HELP"u8) => CommandVerb.Help,
            4 when Is(name, "QUIT"u8) => CommandVerb.Quit,
            5 when Is(name, "HELLO"u8) => CommandVerb.Hello,
            5 when Is(name, "BLOCK"u8) => CommandVerb.Block,
            5 when Is(name, "INBOX"u8) => CommandVerb.Inbox,
            6 when Is(name, "UNPAIR"u8) => CommandVerb.Unpair,
            7 when Is(name, "WHOELSE"u8) => CommandVerb.WhoElse,
            7 when Is(name, "WHOLAST"u8) => CommandVerb.WhoLast,
            7 when Is(name, "UNBLOCK"u8) => CommandVerb.Unblock,
            9 when Is(name, "BROADCAST"u8) => CommandVerb.Broadcast,
            _ => (CommandVerb)(-1),
        };
        return verb >= 0;
    }

    private static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> upper) => Ascii.EqualsIgnoreCase(name, upper);
}
