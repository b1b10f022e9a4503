using System.Text;

namespace ActorChat.Actors.Configuration;

/// <summary>
/// HOCON path expressions (keys and <c>${...}</c>): a concatenation whose '.' outside quotes separates elements,
/// so <c>foo."a.b"</c> is two elements and <c>10.0foo</c> is <c>10</c>, <c>0foo</c>.
/// </summary>
internal static class PathExpression
{
    public static List<string> FromTokens(IReadOnlyList<Token> tokens, SourcePosition where)
    {
        var start = 0;
        var end = tokens.Count;
        while (start < end && tokens[start].Type == TokenType.Whitespace) start++;
        while (end > start && tokens[end - 1].Type == TokenType.Whitespace) end--;
        if (start == end) throw ConfigurationException.At(where, "expected a path expression but found nothing");

        var elements = new List<string>();
        var current = new StringBuilder();
        var hasElement = false;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Type == TokenType.QuotedString)
            {
                current.Append(token.Text);
                hasElement = true;
                continue;
            }
            for (var j = 0; j < token.Text.Length; j++)
            {
                var c = token.Text[j];
                if (c != '.') { current.Append(c); hasElement = true; continue; }
                if (!hasElement)
                    throw ConfigurationException.At(token.Position with { Column = token.Position.Column + j }, "expected a path element before '.' (a path cannot start with '.' or hold '..'; quote an empty element as \"\")");
                elements.Add(current.ToString());
                current.Clear();
                hasElement = false;
            }
        }
        if (!hasElement)
            throw ConfigurationException.At(tokens[end - 1].Position, "expected a path element after '.' (a path cannot end with '.')");
        elements.Add(current.ToString());
        return elements;
    }

    /// <summary>Parses a path given to a <see cref="Config"/> getter.</summary>
    public static List<string> Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length > 0 && !path.Contains('"') && !path.Any(char.IsWhiteSpace))
        {
            var split = path.Split('.');
            if (split.All(s => s.Length > 0)) return [.. split];
        }
        try
        {
            var tokens = Tokenizer.Tokenize(path, $"path '{path}'");
            tokens.RemoveAt(tokens.Count - 1);
            var bad = tokens.FirstOrDefault(t => t.Type != TokenType.Whitespace && !t.IsSimpleText);
            if (bad is not null) throw ConfigurationException.At(bad.Position, $"expected a path expression but found {bad.Describe()}");
            return FromTokens(tokens, new SourcePosition($"path '{path}'", 1, 1));
        }
        catch (ConfigurationException e)
        {
            throw new ConfigurationException($"Invalid path: {e.Message}", e);
        }
    }

    public static string Render(IEnumerable<string> path) => string.Join('.', path.Select(RenderElement));

    // "include" is quoted because, unquoted at the start of a key, it would read back as an include statement.
    private static string RenderElement(string element) =>
        element.Length > 0 && element != "include" && element.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && !char.IsAsciiDigit(element[0]) && element[0] != '-'
            ? element
            : HoconLiteral.Quote(element);
}
