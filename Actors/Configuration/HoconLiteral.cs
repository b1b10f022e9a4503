using System.Globalization;

namespace ActorChat.Actors.Configuration;

/// <summary>The JSON type of a <see cref="HoconLiteral"/>.</summary>
internal enum LiteralKind { String, Number, Boolean, Null }

/// <summary>A string, number, boolean or null. Numbers keep their text as written (the spec requires it).</summary>
internal sealed class HoconLiteral(LiteralKind kind, string text, SourcePosition position) : HoconValue(position)
{
    public LiteralKind Kind { get; } = kind;

    /// <summary>The value as text: the string itself, the number as written, "true"/"false", or "null".</summary>
    public string Text { get; } = text;

    /// <summary>True for the whitespace between concatenated values, which is dropped between arrays or objects.</summary>
    public bool IsSeparator { get; init; }

    public override string Describe() => Kind switch
    {
        LiteralKind.String => $"the string \"{Text}\"",
        LiteralKind.Number => $"the number {Text}",
        LiteralKind.Boolean => $"the boolean {Text}",
        _ => "null",
    };

    public static HoconLiteral FromToken(Token token) => token.Type switch
    {
        TokenType.Number => new(LiteralKind.Number, token.Text, token.Position),
        TokenType.True or TokenType.False => new(LiteralKind.Boolean, token.Text, token.Position),
        TokenType.Null => new(LiteralKind.Null, token.Text, token.Position),
        _ => new(LiteralKind.String, token.Text, token.Position),
    };

    public string Render() => Kind == LiteralKind.String ? Quote(Text) : Text;

    internal static string Quote(string s)
    {
        var sb = new System.Text.StringBuilder("\"");
        foreach (var c in s)
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        return sb.Append('"').ToString();
    }
}
