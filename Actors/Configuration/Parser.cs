using System.Runtime.CompilerServices;

namespace ActorChat.Actors.Configuration;

/// <summary>
/// Builds an unresolved <see cref="HoconObject"/> from tokens: optional root braces, fields with ':', '=', '+='
/// or '{', dotted keys, arrays, comma-or-newline separators, value concatenation and includes. Self-references
/// are marked here, because whether <c>${a}</c> refers to the field being defined depends on where it is written.
/// </summary>
internal sealed class Parser
{
    private readonly List<Token> _tokens;
    private readonly IncludeLoader _includes;
    private readonly IReadOnlyList<string> _includePrefix;
    private int _index;

    private Parser(List<Token> tokens, IncludeLoader includes, IReadOnlyList<string> includePrefix)
    {
        _tokens = tokens;
        _includes = includes;
        _includePrefix = includePrefix;
    }

    /// <summary>
    /// Parses a document whose root must be an object. <paramref name="includePrefix"/> is the path the document
    /// is included at (empty for a top-level document).
    /// </summary>
    public static HoconObject ParseDocument(string text, string origin, IncludeLoader includes, IReadOnlyList<string> includePrefix)
    {
        var parser = new Parser(Tokenizer.Tokenize(text, origin), includes, includePrefix);
        try
        {
            return parser.ParseRoot();
        }
        catch (InsufficientExecutionStackException e)
        {
            throw new ConfigurationException($"{parser.Peek().Position}: objects and arrays are nested too deeply", e);
        }
    }

    private Token Peek() => _tokens[_index];

    private Token PeekAfterWhitespace()
    {
        var i = _index;
        while (_tokens[i].Type == TokenType.Whitespace) i++;
        return _tokens[i];
    }

    private Token Advance()
    {
        var token = _tokens[_index];
        if (token.Type != TokenType.EndOfInput) _index++;
        return token;
    }

    private void SkipWhitespace()
    {
        while (Peek().Type == TokenType.Whitespace) _index++;
    }

    private void SkipWhitespaceAndNewlines()
    {
        while (Peek().Type is TokenType.Whitespace or TokenType.Newline) _index++;
    }

    private static ConfigurationException Expected(string what, Token found) =>
        ConfigurationException.At(found.Position, $"expected {what} but found {found.Describe()}");

    private HoconObject ParseRoot()
    {
        SkipWhitespaceAndNewlines();
        var first = Peek();
        if (first.Type == TokenType.OpenBracket)
            throw ConfigurationException.At(first.Position, "expected an object at the root but found an array (a configuration, and any included file, must be an object)");
        if (first.Type != TokenType.OpenBrace) return ParseObjectBody(braced: false, _includePrefix, first);
        Advance();
        var root = ParseObjectBody(braced: true, _includePrefix, first);
        SkipWhitespaceAndNewlines();
        if (Peek().Type != TokenType.EndOfInput) throw Expected("end of input after the root object's closing '}'", Peek());
        return root;
    }

    private HoconObject ParseObjectBody(bool braced, IReadOnlyList<string>? objectPath, Token open)
    {
        var result = new HoconObject(open.Position);
        SkipWhitespaceAndNewlines();
        while (true)
        {
            var token = Peek();
            if (token.Type == TokenType.CloseBrace)
            {
                if (!braced) throw ConfigurationException.At(token.Position, "found '}' with no matching '{' (the root braces were omitted, so the braces must balance)");
                Advance();
                return result;
            }
            if (token.Type == TokenType.EndOfInput)
            {
                if (braced) throw Expected($"'}}' to close the object opened at line {open.Position.Line}, column {open.Position.Column}", token);
                return result;
            }
            if (token.Type == TokenType.Comma) throw Expected(braced ? "a field or '}'" : "a field", token);
            ParseFieldOrInclude(result, objectPath);
            SkipElementSeparator(TokenType.CloseBrace, "a field or '}' after ','", "',' or a newline after the field");
        }
    }

    // Objects and arrays separate their elements alike: one comma (never two) or newlines, or the closing token next.
    private void SkipElementSeparator(TokenType close, string afterComma, string afterElement)
    {
        SkipWhitespace();
        var after = Peek();
        if (after.Type == TokenType.Comma)
        {
            Advance();
            SkipWhitespaceAndNewlines();
            if (Peek().Type == TokenType.Comma) throw Expected(afterComma, Peek());
        }
        else if (after.Type == TokenType.Newline) SkipWhitespaceAndNewlines();
        else if (after.Type != close && after.Type != TokenType.EndOfInput) throw Expected(afterElement, after);
    }

    private void ParseFieldOrInclude(HoconObject target, IReadOnlyList<string>? objectPath)
    {
        var first = Peek();
        if (first.Type == TokenType.Unquoted && first.Text == "include")
        {
            ParseInclude(target, objectPath);
            return;
        }
        var keyTokens = new List<Token>();
        while (Peek().Type == TokenType.Whitespace || Peek().IsSimpleText) keyTokens.Add(Advance());
        if (Peek().Type == TokenType.Substitution)
            throw ConfigurationException.At(Peek().Position, "substitutions are not allowed in keys");
        if (keyTokens.Count == 0 || keyTokens.All(t => t.Type == TokenType.Whitespace))
            throw Expected("a key", PeekAfterWhitespace());
        var key = PathExpression.FromTokens(keyTokens, first.Position);
        var fieldPath = objectPath is null ? null : (IReadOnlyList<string>)[.. objectPath, .. key];
        SkipWhitespaceAndNewlines();
        var separator = Peek();
        HoconValue value;
        switch (separator.Type)
        {
            case TokenType.Colon or TokenType.Equals:
                Advance();
                value = SelfReferences.Mark(ParseValue(fieldPath, separator), fieldPath);
                break;
            case TokenType.OpenBrace:
                value = SelfReferences.Mark(ParseValue(fieldPath, separator), fieldPath);
                break;
            case TokenType.PlusEquals:
                Advance();
                // The spec defines a += b as a = ${?a} [b].
                var element = ParseValue(null, separator);
                var previous = new HoconSubstitution(key, optional: true, _includePrefix, separator.Position);
                value = new HoconMergeStack(
                    [new HoconConcatenation([new HoconSelfReference(previous, []) { AppendsToArray = true }, new HoconArray([element], separator.Position)], separator.Position)],
                    separator.Position);
                break;
            default:
                throw Expected($"':', '=', '+=' or '{{' after the key '{PathExpression.Render(key)}'", separator);
        }
        Set(target, key, value);
    }

    private static void Set(HoconObject target, IReadOnlyList<string> key, HoconValue value)
    {
        for (var i = key.Count - 1; i > 0; i--)
        {
            var wrapper = new HoconObject(value.Position);
            wrapper.Fields[key[i]] = value;
            value = wrapper;
        }
        target.Fields[key[0]] = HoconMerge.Merge(target.Fields.GetValueOrDefault(key[0]), value);
    }

    private static bool StartsValue(Token token) =>
        token.IsSimpleText || token.Type is TokenType.OpenBrace or TokenType.OpenBracket or TokenType.Substitution;

    private HoconValue ParseValue(IReadOnlyList<string>? fieldPath, Token after)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        SkipWhitespaceAndNewlines();
        if (!StartsValue(Peek()))
            throw Expected(after.Type == TokenType.OpenBracket ? "a value or ']'" : $"a value after '{after.Text}'", Peek());
        var parts = new List<HoconValue>();
        while (true)
        {
            var token = Peek();
            switch (token.Type)
            {
                case TokenType.OpenBrace:
                    Advance();
                    parts.Add(ParseObjectBody(braced: true, fieldPath, token));
                    break;
                case TokenType.OpenBracket:
                    Advance();
                    parts.Add(ParseArray(token));
                    break;
                case TokenType.Substitution:
                    Advance();
                    parts.Add(new HoconSubstitution(PathExpression.FromTokens(token.PathTokens, token.Position), token.Optional, _includePrefix, token.Position));
                    break;
                case TokenType.Whitespace when StartsValue(PeekAfterWhitespace()):
                    Advance();
                    parts.Add(new HoconLiteral(LiteralKind.String, token.Text, token.Position) { IsSeparator = true });
                    break;
                default:
                    if (!token.IsSimpleText) return Combine(parts);
                    Advance();
                    parts.Add(HoconLiteral.FromToken(token));
                    break;
            }
        }
    }

    private static HoconValue Combine(List<HoconValue> parts)
    {
        if (parts.Count == 1) return parts[0];
        if (parts.Any(p => !p.IsResolvedKind)) return new HoconConcatenation(parts, parts[0].Position);
        return HoconMerge.Concatenate(parts)!;
    }

    private HoconArray ParseArray(Token open)
    {
        var items = new List<HoconValue>();
        SkipWhitespaceAndNewlines();
        while (true)
        {
            var token = Peek();
            if (token.Type == TokenType.CloseBracket) { Advance(); return new HoconArray(items, open.Position); }
            if (token.Type == TokenType.EndOfInput)
                throw Expected($"']' to close the array opened at line {open.Position.Line}, column {open.Position.Column}", token);
            items.Add(ParseValue(null, open));
            SkipElementSeparator(TokenType.CloseBracket, "a value or ']' after ','", "',', a newline or ']' after the array element");
        }
    }

    private void ParseInclude(HoconObject target, IReadOnlyList<string>? objectPath)
    {
        var include = Advance();
        SkipWhitespaceAndNewlines();
        var (name, required) = ReadIncludeTarget(allowRequired: true);
        var included = _includes.Load(name, required, include.Position, objectPath ?? _includePrefix);
        foreach (var (key, value) in included.Fields)
            target.Fields[key] = HoconMerge.Merge(target.Fields.GetValueOrDefault(key), value);
    }

    private (string Name, bool Required) ReadIncludeTarget(bool allowRequired)
    {
        var token = Advance();
        if (token.Type == TokenType.QuotedString) return (IncludeLoader.FromHeuristicName(token.Text, token.Position), false);
        if (token.Type != TokenType.Unquoted || Peek().Type != TokenType.OpenParen
            || token.Text is not ("file" or "url" or "classpath" or "required") || (token.Text == "required" && !allowRequired))
            throw Expected("a quoted file name, file(\"...\") or required(...) after 'include'", token);
        if (token.Text is "url" or "classpath")
            throw ConfigurationException.At(token.Position, $"include {token.Text}(...) is not supported: only files can be included (use include \"file\" or include file(\"...\"))");
        Advance();
        SkipWhitespace();
        (string Name, bool Required) result;
        if (token.Text == "required")
            result = (ReadIncludeTarget(allowRequired: false).Name, true);
        else
        {
            var quoted = Advance();
            if (quoted.Type != TokenType.QuotedString) throw Expected("a quoted file name inside file(...)", quoted);
            result = (quoted.Text, false);
        }
        SkipWhitespace();
        if (Peek().Type != TokenType.CloseParen) throw Expected($"')' to close {token.Text}(", Peek());
        Advance();
        return result;
    }
}
