namespace ActorChat.Client.Cli.Input;

/// <summary>
/// The spec's name rules (1 to 32 of <c>A-Z a-z 0-9 _ - .</c>, starting with a letter or a digit), with a message a
/// person can act on, so that a bad name is refused before anything is sent.
/// </summary>
internal static class NameCheck
{
    /// <summary>Longest name, in characters.</summary>
    public const int MaxLength = 32;

    /// <summary>Why <paramref name="name"/> is not a valid name, or null when it is.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0) return "Name can't be empty";
        if (name.Length > MaxLength) return $"Name is too long: {name.Length} characters, at most {MaxLength}";
        foreach (var ch in name)
        {
            if (!char.IsAsciiLetterOrDigit(ch) && ch != '_' && ch != '-' && ch != '.')
            {
                var what = char.IsWhiteSpace(ch) ? "spaces" : char.IsControl(ch) ? "control characters" : $"'{ch}'";
                return $"Name can't contain {what}: only letters, digits, _ - and .";
            }
        }
        return char.IsAsciiLetterOrDigit(name[0]) ? null : "Name must start with a letter or a digit";
    }
}
