using System.Text;

namespace ActorChat.Actors.Configuration;

/// <summary>
/// Splits HOCON text into tokens. Comments are dropped (their newline stays, since newlines separate fields);
/// whitespace is kept as tokens because value concatenation preserves the whitespace between values.
/// </summary>
internal sealed class Tokenizer
{
    // Characters that end an unquoted string. '(' and ')' are not forbidden by the spec; they are split off only
    // so that include file("...") can be recognised, and read back as plain text everywhere else.
    private const string Forbidden = "$\"{}[]:=,+#`^?!@*&\\()";
    private const string Reserved = "`^?!@*&\\";

    private readonly string _text;
    private readonly string _origin;
    private int _index;
    private int _line = 1;
    private int _column = 1;

    private Tokenizer(string text, string origin)
    {
        _text = text;
        _origin = origin;
    }

    /// <summary>Tokenizes a whole document; the last token is always <see cref="TokenType.EndOfInput"/>.</summary>
    public static List<Token> Tokenize(string text, string origin)
    {
        var tokenizer = new Tokenizer(text, origin);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = tokenizer.Next(insideSubstitution: false);
            tokens.Add(token);
        } while (token.Type != TokenType.EndOfInput);
        return tokens;
    }

    private SourcePosition Here => new(_origin, _line, _column);

    private char Peek(int ahead = 0) => _index + ahead < _text.Length ? _text[_index + ahead] : '\0';

    private bool AtEnd => _index >= _text.Length;

    private char Advance()
    {
        var c = _text[_index++];
        if (c == '\n') { _line++; _column = 1; }
        else _column++;
        return c;
    }

    internal static bool IsWhitespace(char c) =>
        c != '\n' && (char.IsWhiteSpace(c) || c == '\uFEFF' || (c >= '\u001C' && c <= '\u001F'));

    private bool AtComment => Peek() == '#' || (Peek() == '/' && Peek(1) == '/');

    private Token Next(bool insideSubstitution)
    {
        if (AtComment)
            while (!AtEnd && Peek() != '\n') Advance();
        var start = Here;
        if (AtEnd) return new Token(TokenType.EndOfInput, "", start);
        var c = Peek();
        if (c == '\n') { Advance(); return new Token(TokenType.Newline, "\n", start); }
        if (IsWhitespace(c))
        {
            var ws = new StringBuilder();
            while (!AtEnd && IsWhitespace(Peek())) ws.Append(Advance());
            return new Token(TokenType.Whitespace, ws.ToString(), start);
        }
        switch (c)
        {
            case ',': Advance(); return new Token(TokenType.Comma, ",", start);
            case ':': Advance(); return new Token(TokenType.Colon, ":", start);
            case '=': Advance(); return new Token(TokenType.Equals, "=", start);
            case '{': Advance(); return new Token(TokenType.OpenBrace, "{", start);
            case '}': Advance(); return new Token(TokenType.CloseBrace, "}", start);
            case '[': Advance(); return new Token(TokenType.OpenBracket, "[", start);
            case ']': Advance(); return new Token(TokenType.CloseBracket, "]", start);
            case '(': Advance(); return new Token(TokenType.OpenParen, "(", start);
            case ')': Advance(); return new Token(TokenType.CloseParen, ")", start);
            case '"':
                return Peek(1) == '"' && Peek(2) == '"' ? TripleQuoted(start) : Quoted(start);
            case '+':
                if (Peek(1) == '=') { Advance(); Advance(); return new Token(TokenType.PlusEquals, "+=", start); }
                throw ConfigurationException.At(start, "expected '+=' but found a lone '+' (quote the string if '+' is meant literally)");
            case '$':
                if (insideSubstitution) throw ConfigurationException.At(start, "substitutions cannot be nested inside a substitution");
                if (Peek(1) == '{') return Substitution(start);
                throw ConfigurationException.At(start, "expected '${' to start a substitution but found a lone '$' (quote the string if '$' is meant literally)");
        }
        if (Reserved.Contains(c))
            throw ConfigurationException.At(start, $"the character '{c}' is reserved in HOCON and cannot appear in an unquoted string (quote the string)");
        if (c == '-' || char.IsAsciiDigit(c)) return Number(start);
        return Unquoted(start);
    }

    private Token Number(SourcePosition start)
    {
        var sb = new StringBuilder();
        if (Peek() == '-') sb.Append(Advance());
        if (!char.IsAsciiDigit(Peek()))
            throw ConfigurationException.At(start, "expected a number after '-' (an unquoted string cannot begin with '-'; quote it)");
        // JSON numbers: no leading zeros, so "01" is the number 0 followed by the number 1 (concatenated as text).
        if (Peek() == '0') sb.Append(Advance());
        else while (char.IsAsciiDigit(Peek())) sb.Append(Advance());
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            sb.Append(Advance());
            while (char.IsAsciiDigit(Peek())) sb.Append(Advance());
        }
        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            sb.Append(Advance());
            if (Peek() is '+' or '-') sb.Append(Advance());
            while (char.IsAsciiDigit(Peek())) sb.Append(Advance());
        }
        return new Token(TokenType.Number, sb.ToString(), start);
    }

    private Token Unquoted(SourcePosition start)
    {
        // A keyword is recognised only at the start of an unquoted run: "truefoo" is true then "foo".
        foreach (var (word, type) in Keywords)
            if (string.CompareOrdinal(_text, _index, word, 0, word.Length) == 0)
            {
                for (var i = 0; i < word.Length; i++) Advance();
                return new Token(type, word, start);
            }
        var sb = new StringBuilder();
        while (!AtEnd && Peek() != '\n' && !IsWhitespace(Peek()) && !Forbidden.Contains(Peek())
               && !(Peek() == '/' && Peek(1) == '/'))
            sb.Append(Advance());
        return new Token(TokenType.Unquoted, sb.ToString(), start);
    }

    private static readonly (string Word, TokenType Type)[] Keywords =
        [("true", TokenType.True), ("false", TokenType.False), ("null", TokenType.Null)];

    private Token Quoted(SourcePosition start)
    {
        Advance();
        var sb = new StringBuilder();
        while (true)
        {
            if (AtEnd || Peek() == '\n')
                throw ConfigurationException.At(start, "expected a closing '\"' for the quoted string before the end of the line");
            var c = Advance();
            if (c == '"') return new Token(TokenType.QuotedString, sb.ToString(), start);
            if (c < ' ')
                throw ConfigurationException.At(Here with { Column = _column - 1 }, $"control character U+{(int)c:X4} is not allowed in a quoted string (use an escape)");
            if (c != '\\') { sb.Append(c); continue; }
            var escapeAt = Here with { Column = _column - 1 };
            var e = AtEnd ? '\0' : Advance();
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    var hex = _index + 4 <= _text.Length ? _text.Substring(_index, 4) : "";
                    if (hex.Length != 4 || !hex.All(char.IsAsciiHexDigit))
                        throw ConfigurationException.At(escapeAt, "expected four hex digits after '\\u'");
                    for (var i = 0; i < 4; i++) Advance();
                    sb.Append((char)Convert.ToInt32(hex, 16));
                    break;
                default:
                    throw ConfigurationException.At(escapeAt, $"expected one of the escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX but found '\\{e}'");
            }
        }
    }

    private Token TripleQuoted(SourcePosition start)
    {
        Advance(); Advance(); Advance();
        var sb = new StringBuilder();
        while (true)
        {
            if (AtEnd) throw ConfigurationException.At(start, "expected a closing '\"\"\"' for the triple-quoted string before the end of input");
            if (Peek() == '"' && Peek(1) == '"' && Peek(2) == '"')
            {
                // Like Scala: a run of more than three quotes ends the string; the extra quotes belong to it.
                var run = 0;
                while (Peek(run) == '"') run++;
                for (var i = 0; i < run - 3; i++) sb.Append(Advance());
                Advance(); Advance(); Advance();
                return new Token(TokenType.QuotedString, sb.ToString(), start);
            }
            sb.Append(Advance());
        }
    }

    private Token Substitution(SourcePosition start)
    {
        Advance(); Advance();
        var optional = false;
        if (Peek() == '?') { Advance(); optional = true; }
        var path = new List<Token>();
        while (true)
        {
            var token = Next(insideSubstitution: true);
            switch (token.Type)
            {
                case TokenType.CloseBrace:
                    return new Token(TokenType.Substitution, "${" + (optional ? "?" : ""), start) { PathTokens = path, Optional = optional };
                case TokenType.EndOfInput or TokenType.Newline:
                    throw ConfigurationException.At(token.Position, $"expected '}}' to close the substitution but found {token.Describe()}");
                case TokenType.Whitespace:
                    path.Add(token);
                    break;
                default:
                    if (!token.IsSimpleText)
                        throw ConfigurationException.At(token.Position, $"expected a path expression inside '${{...}}' but found {token.Describe()}");
                    path.Add(token);
                    break;
            }
        }
    }
}
