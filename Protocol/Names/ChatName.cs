namespace ActorChat.Protocol;

/// <summary>
/// The name rules: 1 to <see cref="MaxLength"/> characters of <c>A-Z a-z 0-9 _ - .</c>, starting with a letter or
/// a digit. Names are unique case-insensitively; <see cref="Comparer"/> is the one comparer to use for that
/// everywhere (dictionaries, sets, stores), so that every component agrees on what "the same name" means.
/// </summary>
public static class ChatName
{
    /// <summary>The longest name, in characters (which are bytes: names are ASCII).</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// The comparer deciding whether two names are the same name. Names are ASCII, so ordinal case-insensitive
    /// comparison is exact and culture-free. It also supports <c>ReadOnlySpan&lt;char&gt;</c> alternate lookups
    /// (<c>Dictionary.GetAlternateLookup</c>), which lets a caller look a name up without allocating a string.
    /// </summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>True when <paramref name="name"/> follows the name rules.</summary>
    /// <param name="name">The candidate name.</param>
    public static bool IsValid(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > MaxLength || !char.IsAsciiLetterOrDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the UTF-8 bytes <paramref name="name"/> follow the name rules.</summary>
    /// <param name="name">The candidate name as UTF-8.</param>
    public static bool IsValid(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty || name.Length > MaxLength || !IsAsciiLetterOrDigit(name[0]))
        {
            return false;
        }

        foreach (byte b in name)
        {
            if (!IsAsciiLetterOrDigit(b) && b is not ((byte)'_' or (byte)'-' or (byte)'.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The canonical form of a valid name (lower case), for keys where a string rather than a comparer is needed,
    /// such as a storage column. Two names are the same name exactly when their normalised forms are equal.
    /// </summary>
    /// <param name="name">A name; it is not validated.</param>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToLowerInvariant();
    }

    private static bool IsAsciiLetterOrDigit(byte b) => char.IsAsciiLetterOrDigit((char)b);
}
