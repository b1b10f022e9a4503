namespace ActorChat.Actors.Configuration;

/// <summary>Creates <see cref="Config"/> from HOCON text or files (Akka.NET's <c>ConfigurationFactory</c>).</summary>
public static class ConfigurationFactory
{
    /// <summary>A configuration with no keys.</summary>
    public static Config Empty => Config.Empty;

    /// <summary>
    /// Parses HOCON text. Errors name "&lt;string&gt;" with the line and column; relative includes are found from
    /// the working directory. Substitutions are resolved on first read, so that a fallback added with
    /// <see cref="Config.WithFallback"/> can supply them.
    /// </summary>
    /// <exception cref="ConfigurationException">The text is not valid HOCON or uses an unsupported feature.</exception>
    public static Config ParseString(string hocon)
    {
        ArgumentNullException.ThrowIfNull(hocon);
        return new Config(Parser.ParseDocument(hocon, "<string>", IncludeLoader.ForString(), []));
    }

    /// <summary>
    /// Parses the HOCON file at <paramref name="path"/>; its relative includes are found beside it, and errors
    /// name the file with the line and column.
    /// </summary>
    /// <exception cref="ConfigurationException">The file cannot be read, is not UTF-8, is not valid HOCON or uses an unsupported feature.</exception>
    public static Config FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = Path.GetFullPath(path);
        return new Config(Parser.ParseDocument(IncludeLoader.ReadFile(fullPath), fullPath, IncludeLoader.ForFile(fullPath), []));
    }
}
