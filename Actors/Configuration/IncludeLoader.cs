namespace ActorChat.Actors.Configuration;

/// <summary>
/// Resolves <c>include</c> statements to files: relative names against the including file's directory (the
/// working directory for parsed strings), missing files silently ignored unless <c>required(...)</c>, a name
/// without extension tried as <c>.json</c> then <c>.conf</c>, and include cycles reported.
/// </summary>
internal sealed class IncludeLoader(string baseDirectory, IReadOnlyList<string> chain)
{
    /// <summary>The loader for a document that is not itself a file.</summary>
    public static IncludeLoader ForString() => new(Directory.GetCurrentDirectory(), []);

    /// <summary>The loader for the file at <paramref name="fullPath"/>.</summary>
    public static IncludeLoader ForFile(string fullPath) =>
        new(Path.GetDirectoryName(fullPath) ?? Directory.GetCurrentDirectory(), [fullPath]);

    /// <summary>Interprets the quoted string of <c>include "..."</c>: a file name, or a file: URL; other URLs are refused.</summary>
    public static string FromHeuristicName(string name, SourcePosition at)
    {
        var colon = name.IndexOf("://", StringComparison.Ordinal);
        if (colon <= 1) return name;
        if (Uri.TryCreate(name, UriKind.Absolute, out var uri) && uri.IsFile) return uri.LocalPath;
        throw ConfigurationException.At(at, $"include of the URL \"{name}\" is not supported: only files can be included");
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a HOCON file, which the spec requires to be valid UTF-8; anything else is refused, not guessed at.</summary>
    public static string ReadFile(string file, string context = "")
    {
        try
        {
            return File.ReadAllText(file, StrictUtf8);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new ConfigurationException($"{context}the file \"{file}\" is not valid UTF-8", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{context}cannot read the file \"{file}\": {e.Message}", e);
        }
    }

    public HoconObject Load(string name, bool required, SourcePosition at, IReadOnlyList<string> prefix)
    {
        var path = Path.GetFullPath(Path.IsPathRooted(name) ? name : Path.Combine(baseDirectory, name));
        var extension = Path.GetExtension(path);
        if (extension.Equals(".properties", StringComparison.OrdinalIgnoreCase) || File.Exists(path + ".properties"))
            throw ConfigurationException.At(at, $"include of Java properties files is not supported (\"{name}\")");
        string[] candidates = extension.Length == 0 ? [path + ".json", path + ".conf"] : [path];
        var existing = candidates.Where(File.Exists).ToList();
        if (existing.Count == 0)
        {
            if (required) throw ConfigurationException.At(at, $"the required include file \"{name}\" was not found (looked for {string.Join(", ", candidates)})");
            return new HoconObject(at);
        }
        var result = new HoconObject(at);
        foreach (var file in existing)
        {
            if (chain.Contains(file))
                throw ConfigurationException.At(at, $"include cycle: {string.Join(" -> ", chain.SkipWhile(f => f != file))} -> {file}");
            var text = ReadFile(file, $"{at}: ");
            var loader = new IncludeLoader(Path.GetDirectoryName(file) ?? baseDirectory, [.. chain, file]);
            result = HoconMerge.MergeObjects(result, Parser.ParseDocument(text, file, loader, prefix));
        }
        return result;
    }
}
