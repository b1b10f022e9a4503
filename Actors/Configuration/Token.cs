namespace ActorChat.Actors.Configuration;

/// <summary>The kinds of token the HOCON tokenizer produces.</summary>
internal enum TokenType
{
    EndOfInput,
    Newline,
    Whitespace,
    Comma,
    Colon,
    Equals,
    PlusEquals,
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    QuotedString,
    Unquoted,
    Number,
    True,
    False,
    Null,
    Substitution,
}

/// <summary>
/// One token. <see cref="Text"/> is the decoded text (escapes applied for quoted strings, the raw text as written
/// for numbers, unquoted strings and whitespace). A substitution carries the tokens of its path expression.
/// </summary>
internal sealed record Token(TokenType Type, string Text, SourcePosition Position)
{
    /// <summary>The path-expression tokens between <c>${</c> and <c>}</c>.</summary>
    public IReadOnlyList<Token> PathTokens { get; init; } = [];

    /// <summary>True for <c>${?path}</c>.</summary>
    public bool Optional { get; init; }

    /// <summary>True for a token that can take part in a string value concatenation or a path expression.</summary>
    public bool IsSimpleText => Type is TokenType.QuotedString or TokenType.Unquoted or TokenType.Number
        or TokenType.True or TokenType.False or TokenType.Null or TokenType.OpenParen or TokenType.CloseParen;

    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Type switch
    {
        TokenType.EndOfInput => "end of input",
        TokenType.Newline => "a newline",
        TokenType.Whitespace => "whitespace",
        TokenType.QuotedString => $"the quoted string \"{Text}\"",
        TokenType.Substitution => "a substitution",
        _ => $"'{Text}'",
    };
}
