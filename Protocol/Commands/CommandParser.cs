using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ActorChat.Protocol;

/// <summary>
/// Parses a client's line (UTF-8, without its LF, as <see cref="LineReader"/> hands it out) into a
/// <see cref="Command"/>, or into the <c>ERR</c> the server answers. Never throws on any input.
/// </summary>
/// <remarks>
/// <para>The rules, beyond the letter of the spec:</para>
/// <list type="bullet">
/// <item>A line of only spaces and tabs is blank, like an empty line (<see cref="CommandParseResult.IsBlank"/>).</item>
/// <item>The verb ends at the first space. It is matched ASCII-case-insensitively after one optional leading
/// <c>/</c>. An unknown verb gives <c>ERR unknown-command &lt;verb&gt;</c> with the verb as sent (slash included);
/// a line starting with a space has an empty verb and gives <c>ERR unknown-command</c>.</item>
/// <item>Exactly one space separates tokens. Two spaces in a row make an empty token, which counts as a missing
/// argument: <c>HELLO  bob</c> is <c>ERR name-empty</c>, <c>MSG  bob hi</c> is <c>ERR missing-recipient</c>,
/// <c>PAIR  bob</c> is <c>ERR bad-argument usage: PAIR &lt;name&gt;</c>.</item>
/// <item>Trailing spaces are ignored after verbs that take no text (<c>LIST </c> is <c>LIST</c>). A text is the rest
/// of the line after the one separating space, verbatim (leading and trailing spaces kept); a text that is empty
/// or only spaces is missing (<c>ERR missing-text</c>).</item>
/// <item>Extra arguments give <c>ERR bad-argument &lt;the extra arguments&gt;</c>; a missing one gives
/// <c>ERR bad-argument usage: &lt;VERB and its arguments&gt;</c>.</item>
/// <item><c>MSG</c>: an empty name in the comma list (<c>MSG bob, hi</c>, <c>MSG bob,,carol hi</c>) gives
/// <c>ERR bad-argument &lt;the list&gt;</c>. Repeated names are sent once (compared case-insensitively, first
/// spelling and order kept). Names are not checked against the name rules (see <see cref="MsgCommand"/>).</item>
/// <item><c>WHOLAST</c> takes decimal digits only, 1 to 1440; anything else is <c>ERR bad-argument &lt;arg&gt;</c>.
/// <c>INBOX</c> takes decimal digits only; 0 or a non-number is <c>ERR bad-argument &lt;n&gt;</c>, and any number
/// above 500 (however large) counts as 500.</item>
/// <item><c>PING</c>'s and <c>PONG</c>'s token and <c>QUIT</c>'s reason are the rest of the line (trailing spaces
/// dropped).</item>
/// <item>Invalid UTF-8 (which <see cref="LineReader"/> never hands out) becomes U+FFFD; an LF inside the span is
/// <c>ERR bad-argument</c>.</item>
/// </list>
/// </remarks>
public static class CommandParser
{
    private static readonly ErrEvent UnknownEmptyVerb = new(ErrorCodes.UnknownCommand);
    private static readonly ErrEvent LineBreakInside = new(ErrorCodes.BadArgument, "line break inside a line");
    private static readonly ErrEvent WhoLastUsage = Usage(CommandVerb.WhoLast);
    private static readonly ErrEvent PairUsage = Usage(CommandVerb.Pair);
    private static readonly ErrEvent BlockUsage = Usage(CommandVerb.Block);
    private static readonly ErrEvent UnblockUsage = Usage(CommandVerb.Unblock);
    private static readonly ErrEvent InboxUsage = Usage(CommandVerb.Inbox);

    /// <summary>Parses one line.</summary>
    /// <param name="line">The line's UTF-8 bytes, without LF.</param>
    public static CommandParseResult Parse(ReadOnlySpan<byte> line)
    {
        if (line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
        {
            return CommandParseResult.Blank;
        }

        if (line.Contains((byte)'\n'))
        {
            return CommandParseResult.Failure(LineBreakInside, null);
        }

        int space = line.IndexOf((byte)' ');
        ReadOnlySpan<byte> verbToken = space < 0 ? line : line[..space];
        ReadOnlySpan<byte> args = space < 0 ? default : line[(space + 1)..];
        ReadOnlySpan<byte> verbName = verbToken.StartsWith((byte)'/') ? verbToken[1..] : verbToken;
        if (!CommandVerbs.TryMatch(verbName, out CommandVerb verb))
        {
            return CommandParseResult.Failure(
                verbToken.IsEmpty ? UnknownEmptyVerb : new ErrEvent(ErrorCodes.UnknownCommand, Decode(verbToken)), null);
        }

        CommandParseResult result = verb switch
        {
            CommandVerb.Hello => ParseHello(args),
            CommandVerb.Msg => ParseMsg(args),
            CommandVerb.Broadcast => WithText(args, static text => new BroadcastCommand(text)),
            CommandVerb.Say => WithText(args, static text => new SayCommand(text)),
            CommandVerb.List => WithoutArguments(args, ListCommand.Instance),
            CommandVerb.WhoElse => WithoutArguments(args, WhoElseCommand.Instance),
            CommandVerb.Unpair => WithoutArguments(args, UnpairCommand.Instance),
            CommandVerb.Help => WithoutArguments(args, HelpCommand.Instance),
            CommandVerb.WhoLast => ParseWhoLast(args),
            CommandVerb.Pair => WithName(args, PairUsage, static name => new PairCommand(name)),
            CommandVerb.Block => WithName(args, BlockUsage, static name => new BlockCommand(name)),
            CommandVerb.Unblock => WithName(args, UnblockUsage, static name => new UnblockCommand(name)),
            CommandVerb.Inbox => ParseInbox(args),
            CommandVerb.Ping => Success(RestOrNull(args) is { } token ? new PingCommand(token) : PingCommand.NoToken),
            CommandVerb.Pong => Success(RestOrNull(args) is { } token ? new PongCommand(token) : PongCommand.NoToken),
            _ => Success(RestOrNull(args) is { } reason ? new QuitCommand(reason) : QuitCommand.NoReason),
        };
        return result.IsSuccess ? result : CommandParseResult.Failure(result.Error!, verb);
    }

    /// <summary>Parses one line given as text (as a person typed it); see <see cref="Parse(ReadOnlySpan{byte})"/>.</summary>
    /// <param name="line">The line, without LF.</param>
    public static CommandParseResult Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(line.Length));
        try
        {
            int length = Encoding.UTF8.GetBytes(line, buffer);
            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static CommandParseResult ParseHello(ReadOnlySpan<byte> args)
    {
        ReadOnlySpan<byte> rest = args.TrimEnd((byte)' ');
        if (!TrySplitToken(rest, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> extra))
        {
            return Failure(ErrEvent.NameEmpty);
        }

        if (!extra.IsEmpty)
        {
            return Failure(new ErrEvent(ErrorCodes.BadArgument, Decode(extra)));
        }

        return ChatName.IsValid(name)
            ? Success(new HelloCommand(Decode(name)))
            : Failure(new ErrEvent(ErrorCodes.NameInvalid, Decode(name)));
    }

    private static CommandParseResult ParseMsg(ReadOnlySpan<byte> args)
    {
        int space = args.IndexOf((byte)' ');
        ReadOnlySpan<byte> list = space < 0 ? args : args[..space];
        ReadOnlySpan<byte> text = space < 0 ? default : args[(space + 1)..];
        if (list.IsEmpty)
        {
            return Failure(ErrEvent.MissingRecipient);
        }

        bool one = !list.Contains((byte)',');
        string[]? recipients = one ? null : RecipientList.Parse(list);
        if (!one && recipients is null)
        {
            return Failure(new ErrEvent(ErrorCodes.BadArgument, Decode(list)));
        }

        if (IsMissingText(text))
        {
            return Failure(ErrEvent.MissingText);
        }

        // Kept as UTF-8 when it is valid (always, from a LineReader); otherwise decoded, which replaces what is not.
        // One name stays bytes after the text, in one array with room for the event before it (see MsgCommand).
        if (!Utf8.IsValid(args))
        {
            return Success(new MsgCommand(recipients ?? [Decode(list)], Decode(text)));
        }

        return Success(one ? new MsgCommand(list, text) : new MsgCommand(recipients!, text.ToArray()));
    }

    private static CommandParseResult ParseWhoLast(ReadOnlySpan<byte> args)
    {
        ReadOnlySpan<byte> rest = args.TrimEnd((byte)' ');
        if (!TrySplitToken(rest, out ReadOnlySpan<byte> token, out ReadOnlySpan<byte> extra))
        {
            return Failure(WhoLastUsage);
        }

        if (!extra.IsEmpty)
        {
            return Failure(new ErrEvent(ErrorCodes.BadArgument, Decode(extra)));
        }

        return TryParseCount(token, out int minutes) && minutes is >= WhoLastCommand.MinMinutes and <= WhoLastCommand.MaxMinutes
            ? Success(new WhoLastCommand(minutes))
            : Failure(new ErrEvent(ErrorCodes.BadArgument, Decode(token)));
    }

    private static CommandParseResult ParseInbox(ReadOnlySpan<byte> args)
    {
        ReadOnlySpan<byte> rest = args.TrimEnd((byte)' ');
        if (rest.IsEmpty)
        {
            return Success(InboxCommand.Default);
        }

        if (!TrySplitToken(rest, out ReadOnlySpan<byte> token, out ReadOnlySpan<byte> extra))
        {
            return Failure(InboxUsage);
        }

        if (!extra.IsEmpty)
        {
            return Failure(new ErrEvent(ErrorCodes.BadArgument, Decode(extra)));
        }

        return TryParseCount(token, out int count) && count >= 1
            ? Success(new InboxCommand(count))
            : Failure(new ErrEvent(ErrorCodes.BadArgument, Decode(token)));
    }

    private static CommandParseResult WithoutArguments(ReadOnlySpan<byte> args, Command command)
    {
        ReadOnlySpan<byte> rest = args.TrimEnd((byte)' ');
        return rest.IsEmpty ? Success(command) : Failure(new ErrEvent(ErrorCodes.BadArgument, Decode(rest)));
    }

    private static CommandParseResult WithName(ReadOnlySpan<byte> args, ErrEvent usage, Func<string, Command> create)
    {
        ReadOnlySpan<byte> rest = args.TrimEnd((byte)' ');
        if (!TrySplitToken(rest, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> extra))
        {
            return Failure(usage);
        }

        return extra.IsEmpty
            ? Success(create(Decode(name)))
            : Failure(new ErrEvent(ErrorCodes.BadArgument, Decode(extra)));
    }

    private static CommandParseResult WithText(ReadOnlySpan<byte> args, Func<string, Command> create)
    {
        return IsMissingText(args) ? Failure(ErrEvent.MissingText) : Success(create(Decode(args)));
    }

    /// <summary>Splits the first token off; false when it is empty (no argument, or two spaces in a row).</summary>
    private static bool TrySplitToken(ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> token, out ReadOnlySpan<byte> extra)
    {
        int space = rest.IndexOf((byte)' ');
        token = space < 0 ? rest : rest[..space];
        extra = space < 0 ? default : rest[(space + 1)..].TrimStart((byte)' ');
        return !token.IsEmpty;
    }

    /// <summary>Decimal digits only; values beyond <see cref="int.MaxValue"/> saturate.</summary>
    private static bool TryParseCount(ReadOnlySpan<byte> digits, out int value)
    {
        long result = 0;
        foreach (byte b in digits)
        {
            int digit = b - '0';
            if ((uint)digit > 9)
            {
                value = 0;
                return false;
            }

            result = Math.Min((result * 10) + digit, int.MaxValue);
        }

        value = (int)result;
        return true;
    }

    private static bool IsMissingText(ReadOnlySpan<byte> text) => text.IndexOfAnyExcept((byte)' ') < 0;

    private static string? RestOrNull(ReadOnlySpan<byte> args)
    {
        ReadOnlySpan<byte> rest = args.TrimEnd((byte)' ');
        return rest.IsEmpty ? null : Decode(rest);
    }

    private static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private static ErrEvent Usage(CommandVerb verb) => new(ErrorCodes.BadArgument, "usage: " + CommandHelp.Usage(verb));

    private static CommandParseResult Success(Command command) => CommandParseResult.Success(command);

    // The verb is filled in by Parse, which knows it.
    private static CommandParseResult Failure(ErrEvent error) => CommandParseResult.Failure(error, null);
}
