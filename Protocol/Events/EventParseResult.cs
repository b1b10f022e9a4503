using System.Diagnostics.CodeAnalysis;

namespace ActorChat.Protocol;

/// <summary>
/// The outcome of <see cref="EventParser.Parse(ReadOnlySpan{byte})"/>: an event, a reason why a line with a known
/// verb is malformed, or a blank line. Exactly one of the three holds.
/// </summary>
public readonly struct EventParseResult
{
    private EventParseResult(ServerEvent? @event, string? error)
    {
        Event = @event;
        Error = error;
    }

    /// <summary>The event, when the line parsed.</summary>
    public ServerEvent? Event { get; }

    /// <summary>Why a line with a known verb did not parse (for a log or a diagnostic), or null.</summary>
    public string? Error { get; }

    /// <summary>True when the line parsed into <see cref="Event"/>.</summary>
    [MemberNotNullWhen(true, nameof(Event))]
    public bool IsSuccess => Event is not null;

    /// <summary>True when the line was blank (empty, or only spaces and tabs).</summary>
    public bool IsBlank => Event is null && Error is null;

    internal static EventParseResult Blank => default;

    internal static EventParseResult Success(ServerEvent @event) => new(@event, null);

    internal static EventParseResult Failure(string error) => new(null, error);

    /// <inheritdoc />
    public override string ToString() => Event?.ToString() ?? (Error is null ? "(blank)" : "(malformed: " + Error + ")");
}
