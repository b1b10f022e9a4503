using System.Buffers;
using System.Text;

namespace ActorChat.Protocol;

/// <summary>
/// Parses a server's line (UTF-8, without its LF) into a <see cref="ServerEvent"/>: for clients, bots and the load
/// test. Never throws on any input.
/// </summary>
/// <remarks>
/// Verbs are matched ASCII-case-insensitively. A line with a verb this library does not know becomes an
/// <see cref="UnknownEvent"/> (the project may add verbs). A line with a known verb but a shape that breaks the
/// spec (a missing name, a bad time, a non-number count) is a failure with a reason. Name lists
/// (<c>LIST</c>, <c>WHOELSE</c>, <c>WHOLAST</c>) skip empty tokens; trailing spaces after single names are ignored;
/// texts are the rest of the line verbatim.
/// </remarks>
public static class EventParser
{
    /// <summary>Parses one line.</summary>
    /// <param name="line">The line's UTF-8 bytes, without LF.</param>
    public static EventParseResult Parse(ReadOnlySpan<byte> line)
    {
        if (line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
        {
            return EventParseResult.Blank;
        }

        if (line.Contains((byte)'\n'))
        {
            return EventParseResult.Failure("line break inside a line");
        }

        var tokens = new Tokens(line);
        tokens.TryTake(out ReadOnlySpan<byte> verb);
        return EventVerbs.Match(verb) switch
        {
            EventVerb.Greeting => Greeting(tokens),
            EventVerb.Hi => Name(tokens, static n => new HiEvent(n)),
            EventVerb.Joined => Name(tokens, static n => new JoinedEvent(n)),
            EventVerb.Left => Name(tokens, static n => new LeftEvent(n)),
            EventVerb.PairRequest => Name(tokens, static n => new PairRequestEvent(n)),
            EventVerb.PairPending => Name(tokens, static n => new PairPendingEvent(n)),
            EventVerb.Paired => Name(tokens, static n => new PairedEvent(n)),
            EventVerb.Unpaired => Name(tokens, static n => new UnpairedEvent(n)),
            EventVerb.Queued => Name(tokens, static n => new QueuedEvent(n)),
            EventVerb.Blocked => Name(tokens, static n => new BlockedEvent(n)),
            EventVerb.Unblocked => Name(tokens, static n => new UnblockedEvent(n)),
            EventVerb.List => Success(new ListEvent(Names(tokens))),
            EventVerb.WhoElse => Success(new WhoElseEvent(Names(tokens))),
            EventVerb.WhoLast => WhoLast(tokens),
            EventVerb.Alone => tokens.AtEnd ? Success(AloneEvent.Instance) : Failure("ALONE takes no argument"),
            EventVerb.Msg => FromText(tokens, static (f, t) => new MsgEvent(f, t)),
            EventVerb.Broadcast => FromText(tokens, static (f, t) => new BroadcastEvent(f, t)),
            EventVerb.Say => FromText(tokens, static (f, t) => new SayEvent(f, t)),
            EventVerb.Offline => Offline(tokens),
            EventVerb.Inbox => Inbox(tokens),
            EventVerb.InboxEnd => InboxEnd(tokens),
            EventVerb.Help => Text(tokens, static t => new HelpEvent(t)),
            EventVerb.Ping => Text(tokens, static t => new PingEvent(t)),
            EventVerb.Pong => Success(tokens.RestAsText() is { } token ? new PongEvent(token) : PongEvent.NoToken),
            EventVerb.Bye => Success(tokens.RestAsText() is { } reason ? new ByeEvent(reason) : ByeEvent.NoReason),
            EventVerb.Err => Err(tokens),
            _ => Success(new UnknownEvent(Encoding.UTF8.GetString(line))),
        };
    }

    /// <summary>Parses one line given as text; see <see cref="Parse(ReadOnlySpan{byte})"/>.</summary>
    /// <param name="line">The line, without LF.</param>
    public static EventParseResult Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(line.Length));
        try
        {
            return Parse(buffer.AsSpan(0, Encoding.UTF8.GetBytes(line, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static EventParseResult Greeting(Tokens tokens)
    {
        if (!tokens.TryTake(out ReadOnlySpan<byte> product) || !Ascii.EqualsIgnoreCase(product, "ActorChat"u8))
        {
            return Failure("greeting without 'ActorChat'");
        }

        if (!tokens.TryTake(out ReadOnlySpan<byte> version) || !TryParseNumber(version, out int number) || number < 1)
        {
            return Failure("greeting without a protocol version");
        }

        return Success(new GreetingEvent(number, tokens.RestAsText()));
    }

    private static EventParseResult Name(Tokens tokens, Func<string, ServerEvent> create)
    {
        if (!tokens.TryTake(out string name))
        {
            return Failure("missing name");
        }

        return tokens.AtEnd ? Success(create(name)) : Failure("more than one name");
    }

    private static string[] Names(Tokens tokens)
    {
        ReadOnlySpan<byte> rest = tokens.Rest;
        if (rest.IndexOfAnyExcept((byte)' ') < 0)
        {
            return [];
        }

        var names = new List<string>(rest.Count((byte)' ') + 1);
        while (!tokens.AtEnd)
        {
            if (tokens.TryTake(out string name))
            {
                names.Add(name);
            }
        }

        return names.ToArray();
    }

    private static EventParseResult WhoLast(Tokens tokens)
    {
        if (!tokens.TryTake(out ReadOnlySpan<byte> minutes) || !TryParseNumber(minutes, out int number) || number < 1)
        {
            return Failure("WHOLAST without minutes");
        }

        return Success(new WhoLastEvent(number, Names(tokens)));
    }

    private static EventParseResult FromText(Tokens tokens, Func<string, string, ServerEvent> create)
    {
        if (!tokens.TryTake(out string from))
        {
            return Failure("missing sender");
        }

        return tokens.RestAsText() is { } text ? Success(create(from, text)) : Failure("missing text");
    }

    private static EventParseResult Offline(Tokens tokens)
    {
        if (!TryTakeTime(ref tokens, out DateTime sentAt))
        {
            return Failure("OFFLINE without a valid time");
        }

        return FromText(tokens, (f, t) => new OfflineEvent(sentAt, f, t));
    }

    private static EventParseResult Inbox(Tokens tokens)
    {
        if (!TryTakeTime(ref tokens, out DateTime sentAt))
        {
            return Failure("INBOX without a valid time");
        }

        if (!tokens.TryTake(out string from) || !tokens.TryTake(out string to))
        {
            return Failure("INBOX without sender and recipient");
        }

        return tokens.RestAsText() is { } text ? Success(new InboxEvent(sentAt, from, to, text)) : Failure("missing text");
    }

    private static EventParseResult InboxEnd(Tokens tokens)
    {
        return tokens.TryTake(out ReadOnlySpan<byte> count) && TryParseNumber(count, out int number) && tokens.AtEnd
            ? Success(new InboxEndEvent(number))
            : Failure("INBOX-END without a count");
    }

    private static EventParseResult Text(Tokens tokens, Func<string, ServerEvent> create)
    {
        return tokens.RestAsText() is { } text ? Success(create(text)) : Failure("missing text");
    }

    private static EventParseResult Err(Tokens tokens)
    {
        if (!tokens.TryTake(out string code) || !ErrorCodes.IsWellFormed(code))
        {
            return Failure("ERR without a well-formed code");
        }

        return Success(new ErrEvent(code, tokens.RestAsText()));
    }

    private static bool TryTakeTime(ref Tokens tokens, out DateTime time)
    {
        time = default;
        return tokens.TryTake(out ReadOnlySpan<byte> token) && ProtocolTime.TryParse(token, out time);
    }

    private static bool TryParseNumber(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 9)
        {
            return false;
        }

        foreach (byte b in digits)
        {
            int digit = b - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static EventParseResult Success(ServerEvent @event) => EventParseResult.Success(@event);

    private static EventParseResult Failure(string error) => EventParseResult.Failure(error);
}
