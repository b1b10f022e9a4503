namespace ActorChat.Protocol;

/// <summary>Guards of the constructors of commands and events, so that every instance formats to a line that parses back.</summary>
internal static class Arguments
{
    /// <summary>A single token: not empty, no space, no LF.</summary>
    public static string Token(string? value, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, paramName);
        if (value.AsSpan().IndexOfAny(' ', '\n') >= 0)
        {
            throw new ArgumentException("A token contains no space and no LF.", paramName);
        }

        return value;
    }

    /// <summary>A name in a comma list: a token without a comma.</summary>
    public static string ListedName(string? value, string paramName)
    {
        Token(value, paramName);
        if (value!.Contains(','))
        {
            throw new ArgumentException("A listed name contains no comma.", paramName);
        }

        return value;
    }

    /// <summary>A text: not empty, not only spaces, no LF.</summary>
    public static string Text(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.AsSpan().IndexOfAnyExcept(' ') < 0)
        {
            throw new ArgumentException("A text is never empty nor only spaces.", paramName);
        }

        return OptionalText(value, paramName)!;
    }

    /// <summary>A text in UTF-8: valid, not empty, not only spaces, no LF.</summary>
    public static void Utf8Text(ReadOnlySpan<byte> value, string paramName)
    {
        if (value.IndexOfAnyExcept((byte)' ') < 0)
        {
            throw new ArgumentException("A text is never empty nor only spaces.", paramName);
        }

        if (value.Contains((byte)'\n'))
        {
            throw new ArgumentException("A text contains no LF.", paramName);
        }

        if (!System.Text.Unicode.Utf8.IsValid(value))
        {
            throw new ArgumentException("A text is valid UTF-8.", paramName);
        }
    }

    /// <summary>An optional free text: null, or no LF; empty or only spaces counts as absent.</summary>
    public static string? OptionalText(string? value, string paramName)
    {
        if (value is null || value.AsSpan().IndexOfAnyExcept(' ') < 0)
        {
            return null;
        }

        if (value.Contains('\n'))
        {
            throw new ArgumentException("A text contains no LF.", paramName);
        }

        return value;
    }

    /// <summary>Names for a space-separated list.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<string>? names, string paramName)
    {
        ArgumentNullException.ThrowIfNull(names, paramName);
        for (int i = 0; i < names.Count; i++)
        {
            Token(names[i], paramName);
        }

        return names;
    }
}
