using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Drivers;

/// <summary>
/// The IRC client subset the scenarios need: NICK/USER registration (done at 001), PRIVMSG to a nick for direct
/// messages, JOIN and PRIVMSG to a channel for fan-out, PING/PONG. Error numerics (400-599) and ERROR are errors.
/// </summary>
public sealed class IrcProtocol : IChatProtocol
{
    /// <inheritdoc />
    public string Name => "irc";

    /// <inheritdoc />
    public int MaxLineBytes => 2 * (16 + 32) + 32 + Payload.MaxBytes + 4;

    /// <inheritdoc />
    public bool SupportsOffline => false;

    /// <inheritdoc />
    public bool FanoutNeedsJoin => true;

    /// <inheritdoc />
    public int WriteLogin(Span<byte> destination, ReadOnlySpan<byte> name)
    {
        var w = new LineWriter(destination);
        w.Add("NICK "u8); w.Add(name); w.Add("\r\nUSER "u8); w.Add(name); w.Add(" 0 * :"u8); w.Add(name); w.Add("\r\n"u8);
        return w.Length;
    }

    /// <inheritdoc />
    public int WriteDirect(Span<byte> destination, ReadOnlySpan<byte> to, Payload payload)
    {
        var w = new LineWriter(destination);
        w.Add("PRIVMSG "u8); w.Add(to); w.Add(" :"u8); w.Add(payload); w.Add("\r\n"u8);
        return w.Length;
    }

    /// <inheritdoc />
    public int WriteFanout(Span<byte> destination, ReadOnlySpan<byte> channel, Payload payload) => WriteDirect(destination, channel, payload);

    /// <inheritdoc />
    public int WriteJoin(Span<byte> destination, ReadOnlySpan<byte> channel)
    {
        var w = new LineWriter(destination);
        w.Add("JOIN "u8); w.Add(channel); w.Add("\r\n"u8);
        return w.Length;
    }

    /// <inheritdoc />
    public int WritePong(Span<byte> destination, ReadOnlySpan<byte> token)
    {
        var w = new LineWriter(destination);
        w.Add("PONG "u8);
        if (token.IsEmpty || token[0] != ':') w.Add(":"u8);
        w.Add(token); w.Add("\r\n"u8);
        return w.Length;
    }

    /// <inheritdoc />
    public int WriteQuit(Span<byte> destination)
    {
        "QUIT :done\r\n"u8.CopyTo(destination);
        return 12;
    }

    /// <inheritdoc />
    public IncomingKind Classify(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> argument)
    {
        argument = line;
        ReadOnlySpan<byte> rest = line;
        if (!rest.IsEmpty && rest[0] == ':')
        {
            int space = rest.IndexOf((byte)' ');
            if (space < 0) return IncomingKind.Ignored;
            rest = rest[(space + 1)..];
        }
        int end = rest.IndexOf((byte)' ');
        ReadOnlySpan<byte> command = end < 0 ? rest : rest[..end];
        ReadOnlySpan<byte> parameters = end < 0 ? default : rest[(end + 1)..];

        if (command.SequenceEqual("PRIVMSG"u8))
        {
            int trailing = parameters.IndexOf(" :"u8);
            if (trailing < 0) return IncomingKind.Error;
            argument = parameters[(trailing + 2)..];
            return IncomingKind.Message;
        }
        if (command.SequenceEqual("PING"u8)) { argument = parameters; return IncomingKind.Ping; }
        if (command.SequenceEqual("ERROR"u8)) return IncomingKind.Closing;
        if (command.Length == 3 && char.IsAsciiDigit((char)command[0]) && char.IsAsciiDigit((char)command[1]) && char.IsAsciiDigit((char)command[2]))
        {
            int numeric = (command[0] - '0') * 100 + (command[1] - '0') * 10 + (command[2] - '0');
            if (numeric == 1) return IncomingKind.LoggedIn;
            if (numeric == 366) return IncomingKind.Joined;
            if (numeric is >= 400 and < 600) return IncomingKind.Error;
        }
        return IncomingKind.Ignored;
    }
}
