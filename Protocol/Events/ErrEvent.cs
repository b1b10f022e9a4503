using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>ERR &lt;code&gt; [detail]</c>: an error. <see cref="ErrorCodes"/> lists the codes.</summary>
public sealed class ErrEvent : ServerEvent
{
    /// <summary>Creates an error line.</summary>
    /// <param name="code">Lower-case words joined by <c>-</c> (see <see cref="ErrorCodes"/>).</param>
    /// <param name="detail">The rest of the line, or null; no LF.</param>
    public ErrEvent(string code, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!ErrorCodes.IsWellFormed(code))
        {
            throw new ArgumentException("An error code is lower-case words joined by '-'.", nameof(code));
        }

        Code = code;
        Detail = Arguments.OptionalText(detail, nameof(detail));
    }

    /// <summary><c>ERR line-too-long</c>.</summary>
    public static ErrEvent LineTooLong { get; } = new(ErrorCodes.LineTooLong);

    /// <summary><c>ERR bad-encoding</c>.</summary>
    public static ErrEvent BadEncoding { get; } = new(ErrorCodes.BadEncoding);

    /// <summary><c>ERR rate-limited</c>.</summary>
    public static ErrEvent RateLimited { get; } = new(ErrorCodes.RateLimited);

    /// <summary><c>ERR not-logged-in</c>.</summary>
    public static ErrEvent NotLoggedIn { get; } = new(ErrorCodes.NotLoggedIn);

    /// <summary><c>ERR already-logged-in</c>.</summary>
    public static ErrEvent AlreadyLoggedIn { get; } = new(ErrorCodes.AlreadyLoggedIn);

    /// <summary><c>ERR server-full</c>.</summary>
    public static ErrEvent ServerFull { get; } = new(ErrorCodes.ServerFull);

    /// <summary><c>ERR name-empty</c>.</summary>
    public static ErrEvent NameEmpty { get; } = new(ErrorCodes.NameEmpty);

    /// <summary><c>ERR missing-recipient</c>.</summary>
    public static ErrEvent MissingRecipient { get; } = new(ErrorCodes.MissingRecipient);

    /// <summary><c>ERR missing-text</c>.</summary>
    public static ErrEvent MissingText { get; } = new(ErrorCodes.MissingText);

    /// <summary><c>ERR not-paired</c>.</summary>
    public static ErrEvent NotPaired { get; } = new(ErrorCodes.NotPaired);

    /// <summary>The code.</summary>
    public string Code { get; }

    /// <summary>The detail (the rest of the line), or null.</summary>
    public string? Detail { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Err;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "ERR "u8);
        Utf8Output.Text(writer, Code);
        if (Detail is not null)
        {
            Utf8Output.Space(writer);
            Utf8Output.Text(writer, Detail);
        }
    }
}
