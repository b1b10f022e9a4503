namespace ActorChat.LoadTest.Options;

/// <summary>
/// Reads the small subset of HOCON the harness's config file uses: one <c>a.b.c = value</c> per line (or <c>:</c>),
/// values bare or double-quoted, <c>#</c> and <c>//</c> comments. Such a file is valid HOCON, so the project's HOCON
/// reader would read it the same way; anything outside the subset is refused with its line number rather than
/// misread.
/// </summary>
public static class FlatHoconReader
{
    /// <summary>Parses <paramref name="text"/> into key/value pairs in file order (later duplicates win when applied in order).</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="source">The file name, for error messages.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string text, string source)
    {
        var result = new List<KeyValuePair<string, string>>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = StripComment(lines[i]).Trim();
            if (line.Length == 0) continue;
            string where = $"{source}:{i + 1}";
            int separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0)
                throw new OptionsException($"{where}: expected 'key = value'; only flat dotted keys are supported (write actorchat.loadtest.<key> = <value>)");
            string key = line[..separator].Trim();
            string value = line[(separator + 1)..].Trim();
            if (key.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
                throw new OptionsException($"{where}: '{key}' is not a flat dotted key (objects, includes and substitutions are not supported here)");
            result.Add(new(key, Unquote(value, where)));
        }
        return result;
    }

    private static string StripComment(string line)
    {
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '"' && (i == 0 || line[i - 1] != '\\')) quoted = !quoted;
            else if (!quoted && (c == '#' || (c == '/' && i + 1 < line.Length && line[i + 1] == '/'))) return line[..i];
        }
        return line;
    }

    private static string Unquote(string value, string where)
    {
        if (value.Length == 0) throw new OptionsException($"{where}: missing value");
        if (value[0] != '"')
        {
            if (value.IndexOfAny(['{', '}', '[', ']', '$', '"']) >= 0)
                throw new OptionsException($"{where}: '{value}' is not a plain value (quote it, or use a flat key)");
            return value;
        }
        if (value.Length < 2 || value[^1] != '"') throw new OptionsException($"{where}: unterminated string {value}");
        var inner = value[1..^1];
        var builder = new System.Text.StringBuilder(inner.Length);
        for (int i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\') { builder.Append(inner[i]); continue; }
            if (++i == inner.Length) throw new OptionsException($"{where}: string ends in a backslash");
            builder.Append(inner[i] switch
            {
                'n' => '\n',
                't' => '\t',
                '"' or '\\' or '/' => inner[i],
                _ => throw new OptionsException($"{where}: unknown escape \\{inner[i]}"),
            });
        }
        return builder.ToString();
    }
}
