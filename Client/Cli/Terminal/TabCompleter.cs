namespace ActorChat.Client.Cli.Terminal;

/// <summary>
/// Tab completion: command names for a first word that starts with <c>/</c>, names of people online for any other
/// word (after a space or, in a recipient list, a comma). Matching ignores case, as names do.
/// </summary>
internal sealed class TabCompleter
{
    private readonly IReadOnlyList<string> _commands;
    private readonly Func<IEnumerable<string>> _names;

    /// <summary>A completer over fixed command names and a live source of names.</summary>
    public TabCompleter(IReadOnlyList<string> commands, Func<IEnumerable<string>> names)
    {
        _commands = commands;
        _names = names;
    }

    /// <summary>Completes the word that ends at the end of <paramref name="beforeCursor"/>.</summary>
    public Completion Complete(string beforeCursor)
    {
        var start = beforeCursor.LastIndexOfAny([' ', ',']) + 1;
        var word = beforeCursor[start..];
        var isFirstWord = beforeCursor.LastIndexOf(' ') < 0 && start == 0;
        var pool = isFirstWord && word.StartsWith('/') ? _commands : _names();
        var candidates = pool
            .Where(candidate => candidate.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (candidates.Count == 0 || word.Length == 0 && candidates.Count > 1) return new Completion(word, word, candidates);
        if (candidates.Count == 1) return new Completion(word, candidates[0] + " ", candidates);
        return new Completion(word, candidates[0][..CommonPrefixLength(candidates)], candidates);
    }

    private static int CommonPrefixLength(List<string> candidates)
    {
        var length = candidates[0].Length;
        foreach (var candidate in candidates)
        {
            var i = 0;
            while (i < length && i < candidate.Length && char.ToLowerInvariant(candidate[i]) == char.ToLowerInvariant(candidates[0][i])) i++;
            length = i;
        }
        return length;
    }
}

/// <summary>
/// The result of a completion: the <paramref name="Word"/> before the cursor is to be replaced by
/// <paramref name="Replacement"/> (in the candidates' case); <paramref name="Candidates"/> are all the matches.
/// </summary>
internal readonly record struct Completion(string Word, string Replacement, IReadOnlyList<string> Candidates)
{
    /// <summary>True when the replacement adds something to the word.</summary>
    public bool Extends => Replacement.Length > Word.Length;
}
