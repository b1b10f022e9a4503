namespace ActorChat.Actors.Configuration;

// PLACEHOLDER until the HOCON reader lands (see Config.cs).

/// <summary>Creates <see cref="Config"/> from HOCON text or files (Akka.NET's <c>ConfigurationFactory</c>).</summary>
public static class ConfigurationFactory
{
    /// <summary>A configuration with no keys.</summary>
    public static Config Empty => Config.Empty;

    /// <summary>Parses HOCON text.</summary>
    public static Config ParseString(string hocon)
    {
        var values = new Dictionary<string, string>();
        foreach (var raw in hocon.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("//")) continue;
            var eq = line.IndexOfAny(['=', ':']);
            if (eq < 0) throw new FormatException($"expected 'key = value': {line}");
            values[line[..eq].Trim()] = line[(eq + 1)..].Trim().Trim('"');
        }
        return new Config(values);
    }

    /// <summary>Parses the HOCON file at <paramref name="path"/>.</summary>
    public static Config FromFile(string path) => ParseString(File.ReadAllText(path));
}
