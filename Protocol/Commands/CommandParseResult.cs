using System.Diagnostics.CodeAnalysis;

namespace ActorChat.Protocol;

/// <summary>
/// The outcome of <see cref="CommandParser.Parse(ReadOnlySpan{byte})"/>: a command, an error to answer with, or a
/// blank line to ignore. Exactly one of the three holds.
/// </summary>
public readonly struct CommandParseResult
{
    private CommandParseResult(Command? command, ErrEvent? error, CommandVerb? verb)
    {
        Command = command;
        Error = error;
        Verb = verb;
    }

    /// <summary>The command, when the line parsed.</summary>
    public Command? Command { get; }

    /// <summary>The line to answer with, when the line did not parse (an <c>ERR</c> of the spec).</summary>
    public ErrEvent? Error { get; }

    /// <summary>
    /// The verb the line starts with, when it is a known one, also when its arguments were refused: a server answers
    /// <c>ERR not-logged-in</c> rather than an argument error for most verbs before <c>HELLO</c>. Null for a blank
    /// line and for an unknown verb.
    /// </summary>
    public CommandVerb? Verb { get; }

    /// <summary>True when the line parsed into <see cref="Command"/>.</summary>
    [MemberNotNullWhen(true, nameof(Command))]
    public bool IsSuccess => Command is not null;

    /// <summary>True when the line was blank (empty, or only spaces and tabs): the spec says to ignore it.</summary>
    public bool IsBlank => Command is null && Error is null;

    internal static CommandParseResult Blank => default;

    internal static CommandParseResult Success(Command command) => new(command, null, command.Verb);

    internal static CommandParseResult Failure(ErrEvent error, CommandVerb? verb) => new(null, error, verb);

    /// <inheritdoc />
    public override string ToString() => Command?.ToString() ?? Error?.ToString() ?? "(blank)";
}
