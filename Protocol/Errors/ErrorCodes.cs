namespace ActorChat.Protocol;

/// <summary>
/// The codes of <c>ERR &lt;code&gt; [detail]</c> lines: lower-case words joined by <c>-</c>.
/// Every code the specification names is here; use these constants rather than literals.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A verb other than <c>HELLO</c>, <c>QUIT</c> or <c>PING</c> before a successful <c>HELLO</c>.</summary>
    public const string NotLoggedIn = "not-logged-in";

    /// <summary>A second <c>HELLO</c> after a successful one.</summary>
    public const string AlreadyLoggedIn = "already-logged-in";

    /// <summary><c>HELLO</c> without a name.</summary>
    public const string NameEmpty = "name-empty";

    /// <summary><c>HELLO</c> with a name that breaks the name rules; the detail is the name.</summary>
    public const string NameInvalid = "name-invalid";

    /// <summary>The name is online on another connection; the server closes the connection.</summary>
    public const string NameTaken = "name-taken";

    /// <summary><c>max-clients</c> reached; the server closes the connection.</summary>
    public const string ServerFull = "server-full";

    /// <summary>A name that has never logged in; the detail is the name.</summary>
    public const string NoSuchUser = "no-such-user";

    /// <summary>A name that has logged in before but is not online now; the detail is the name.</summary>
    public const string NotOnline = "not-online";

    /// <summary><c>MSG</c> without recipients.</summary>
    public const string MissingRecipient = "missing-recipient";

    /// <summary>A verb that takes a text was given none.</summary>
    public const string MissingText = "missing-text";

    /// <summary>Missing, extra or malformed arguments; the detail says which.</summary>
    public const string BadArgument = "bad-argument";

    /// <summary>A verb the server does not know; the detail is the verb as sent.</summary>
    public const string UnknownCommand = "unknown-command";

    /// <summary><c>PAIR</c> with a name that is already paired; the detail is the name.</summary>
    public const string Busy = "busy";

    /// <summary><c>PAIR</c> while the asker is paired; the detail is the partner.</summary>
    public const string AlreadyPaired = "already-paired";

    /// <summary><c>SAY</c> without a partner.</summary>
    public const string NotPaired = "not-paired";

    /// <summary>A line longer than <c>max-line-bytes</c>; it was discarded up to its LF.</summary>
    public const string LineTooLong = "line-too-long";

    /// <summary>A line that is not valid UTF-8; it was dropped.</summary>
    public const string BadEncoding = "bad-encoding";

    /// <summary>A line over <c>max-lines-per-second</c>; it was not acted on.</summary>
    public const string RateLimited = "rate-limited";

    /// <summary>True when <paramref name="code"/> has the shape of a code: lower-case ASCII words joined by single <c>-</c>.</summary>
    /// <param name="code">The candidate code.</param>
    public static bool IsWellFormed(ReadOnlySpan<char> code)
    {
        if (code.IsEmpty || code[0] == '-' || code[^1] == '-')
        {
            return false;
        }

        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            bool ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && code[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
