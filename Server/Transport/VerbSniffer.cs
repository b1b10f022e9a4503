using System.Text;

namespace ActorChat.Server.Transport;

/// <summary>
/// Looks at the verb of a line the parser refused, to tell what the parser's answer does not: whether it is one of
/// the verbs whose own errors are answered before login.
/// </summary>
internal static class VerbSniffer
{
    /// <summary>True for <c>HELLO</c>, <c>QUIT</c> and <c>PING</c>, the verbs allowed before login.</summary>
    public static bool IsAllowedBeforeLogin(ReadOnlySpan<byte> line)
    {
        var verb = Verb(line);
        return Ascii.EqualsIgnoreCase(verb, "HELLO"u8) || Ascii.EqualsIgnoreCase(verb, "QUIT"u8)
            || Ascii.EqualsIgnoreCase(verb, "PING"u8);
    }

    private static ReadOnlySpan<byte> Verb(ReadOnlySpan<byte> line)
    {
        var space = line.IndexOf((byte)' ');
        var verb = space < 0 ? line : line[..space];
        return verb.StartsWith((byte)'/') ? verb[1..] : verb;
    }
}
