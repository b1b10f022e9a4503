using System.Text;

namespace ActorChat.Client.Cli.Options;

/// <summary>
/// Reads the flat subset of HOCON that <c>hocon/client.conf</c> keeps to: <c>path.to.key = value</c> (or <c>:</c>)
/// one a line, values quoted or not, <c>#</c> and <c>//</c> comments. The client references only Protocol, so it
/// cannot use the server's full HOCON reader; anything beyond the subset is refused with its line number rather
/// than misread.
/// </summary>
internal static class FlatHoconReader
{
    /// <summary>The key-value pairs of <paramref name="text"/>, later lines winning; throws <see cref="FormatException"/>.</summary>
    public static Dictionary<string, string> Parse(string text, string source)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("//", StringComparison.Ordinal)) continue;
            var separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0)
                throw new FormatException($"{source}:{lineNumber}: expected 'key = value' (the client reads flat HOCON lines only)");
            var key = line[..separator].Trim();
            foreach (var ch in key)
            {
                if (!char.IsAsciiLetterOrDigit(ch) && ch != '-' && ch != '_' && ch != '.')
                    throw new FormatException($"{source}:{lineNumber}: '{key}' is not a plain dotted key (the client reads flat HOCON lines only)");
            }
            values[key] = Value(line[(separator + 1)..].Trim(), source, lineNumber);
        }
        return values;
    }

    private static string Value(string text, string source, int lineNumber)
    {
        if (text.StartsWith('"')) return Quoted(text, source, lineNumber);
        var end = text.Length;
        var hash = text.IndexOf('#');
        if (hash >= 0) end = hash;
        var slashes = text.IndexOf("//", StringComparison.Ordinal);
        if (slashes >= 0 && slashes < end) end = slashes;
        var value = text[..end].Trim();
        if (value.Length == 0 || value.IndexOfAny(['{', '}', '[', ']', '$', '"']) >= 0)
            throw new FormatException($"{source}:{lineNumber}: expected a plain value (the client reads flat HOCON lines only)");
        return value;
    }

    private static string Quoted(string text, string source, int lineNumber)
    {
        var builder = new StringBuilder();
        for (var i = 1; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '"')
            {
                var after = text[(i + 1)..].Trim();
                if (after.Length > 0 && !after.StartsWith('#') && !after.StartsWith("//", StringComparison.Ordinal))
                    throw new FormatException($"{source}:{lineNumber}: unexpected text after the quoted value");
                return builder.ToString();
            }
            if (ch == '\\' && i + 1 < text.Length)
            {
                ch = text[++i] switch { 'n' => '\n', 't' => '\t', var other => other };
            }
            builder.Append(ch);
        }
        throw new FormatException($"{source}:{lineNumber}: unterminated quoted value");
    }
}
