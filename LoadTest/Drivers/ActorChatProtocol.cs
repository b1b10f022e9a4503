using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Drivers;

/// <summary>ActorChat's line protocol (PROTOCOL.md version 1), as far as the load scenarios need it.</summary>
public sealed class ActorChatProtocol : IChatProtocol
{
    /// <inheritdoc />
    public string Name => "actorchat";

    /// <inheritdoc />
    public int MaxLineBytes => 16 + 32 + 1 + Payload.MaxBytes + 2;

    /// <inheritdoc />
    public bool SupportsOffline => true;

    /// <inheritdoc />
    public bool FanoutNeedsJoin => false;

    /// <inheritdoc />
    public int WriteLogin(Span<byte> destination, ReadOnlySpan<byte> name)
    {
        var w = new LineWriter(destination);
        w.Add("HELLO "u8); w.Add(name); w.Add("\n"u8);
        return w.Length;
    }

    /// <inheritdoc />
    public int WriteDirect(Span<byte> destination, ReadOnlySpan<byte> to, Payload payload)
    {
        var w = new LineWriter(destination);
        w.Add("MSG "u8); w.Add(to); w.Add(" "u8); w.Add(payload); w.Add("\n"u8);
        return w.Length;
    }

    /// <inheritdoc />
    public int WriteFanout(Span<byte> destination, ReadOnlySpan<byte> channel, Payload payload)
    {
        var w = new LineWriter(destination);
        w.Add("BROADCAST "u8); w.Add(payload); w.Add("\n"u8);
        return w.Length;
    }

    /// <inheritdoc />
    public int WriteJoin(Span<byte> destination, ReadOnlySpan<byte> channel) => 0;

    /// <inheritdoc />
    public int WritePong(Span<byte> destination, ReadOnlySpan<byte> token)
    {
        var w = new LineWriter(destination);
        w.Add(token.IsEmpty ? "PONG"u8 : "PONG "u8); w.Add(token); w.Add("\n"u8);
        return w.Length;
    }

    /// <inheritdoc />
    public int WriteQuit(Span<byte> destination)
    {
        "QUIT\n"u8.CopyTo(destination);
        return 5;
    }

    /// <inheritdoc />
    public IncomingKind Classify(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> argument)
    {
        argument = default;
        int space = line.IndexOf((byte)' ');
        ReadOnlySpan<byte> verb = space < 0 ? line : line[..space];
        ReadOnlySpan<byte> rest = space < 0 ? default : line[(space + 1)..];
        if (verb.SequenceEqual("MSG"u8) || verb.SequenceEqual("BROADCAST"u8) || verb.SequenceEqual("SAY"u8))
            return LastToken(line, rest, IncomingKind.Message, out argument);
        if (verb.SequenceEqual("OFFLINE"u8))
            return LastToken(line, rest, IncomingKind.Offline, out argument);
        if (verb.SequenceEqual("PING"u8)) { argument = rest; return IncomingKind.Ping; }
        if (verb.SequenceEqual("HI"u8)) { argument = rest; return IncomingKind.LoggedIn; }
        if (verb.SequenceEqual("QUEUED"u8)) { argument = rest; return IncomingKind.Queued; }
        if (verb.SequenceEqual("ERR"u8)) { argument = line; return IncomingKind.Error; }
        if (verb.SequenceEqual("BYE"u8)) { argument = line; return IncomingKind.Closing; }
        return IncomingKind.Ignored;
    }

    private static IncomingKind LastToken(ReadOnlySpan<byte> line, ReadOnlySpan<byte> rest, IncomingKind kind, out ReadOnlySpan<byte> argument)
    {
        int last = rest.LastIndexOf((byte)' ');
        if (last < 0)
        {
            argument = line;
            return IncomingKind.Error;
        }
        argument = rest[(last + 1)..];
        return kind;
    }
}
