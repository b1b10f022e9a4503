namespace ActorChat.Actors.Configuration;

// PLACEHOLDER until the HOCON reader lands: flat "a.b.c = value" lines only. The HOCON work replaces this file
// whole, keeping every public signature below (they are Akka.NET's Akka.Configuration.Config members).

/// <summary>An immutable, parsed HOCON configuration tree (Akka.NET's <c>Akka.Configuration.Config</c>).</summary>
public sealed class Config
{
    private readonly Dictionary<string, string> _values;
    private readonly Config? _fallback;

    internal Config(Dictionary<string, string> values, Config? fallback = null)
    {
        _values = values;
        _fallback = fallback;
    }

    /// <summary>A configuration with no keys.</summary>
    public static Config Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>True when this configuration holds no keys.</summary>
    public bool IsEmpty => _values.Count == 0 && (_fallback?.IsEmpty ?? true);

    private string? Raw(string path) => _values.TryGetValue(path, out var v) ? v : _fallback?.Raw(path);

    /// <summary>True when <paramref name="path"/> has a value.</summary>
    public bool HasPath(string path) => Raw(path) is not null;

    /// <summary>The string at <paramref name="path"/>, or <paramref name="default"/> when absent.</summary>
    public string? GetString(string path, string? @default = null) => Raw(path) ?? @default;

    /// <summary>The boolean (on/off/yes/no/true/false) at <paramref name="path"/>.</summary>
    public bool GetBoolean(string path, bool @default = false) => Raw(path) switch
    {
        null => @default,
        "on" or "yes" or "true" => true,
        "off" or "no" or "false" => false,
        var v => throw new FormatException($"'{path}': '{v}' is not a boolean"),
    };

    /// <summary>The 32-bit integer at <paramref name="path"/>.</summary>
    public int GetInt(string path, int @default = 0) => Raw(path) is { } v ? int.Parse(v) : @default;

    /// <summary>The 64-bit integer at <paramref name="path"/>.</summary>
    public long GetLong(string path, long @default = 0) => Raw(path) is { } v ? long.Parse(v) : @default;

    /// <summary>The floating-point number at <paramref name="path"/>.</summary>
    public double GetDouble(string path, double @default = 0) =>
        Raw(path) is { } v ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : @default;

    /// <summary>The HOCON duration at <paramref name="path"/> (500ms, 5s, 2m, 1h, 1d).</summary>
    public TimeSpan GetTimeSpan(string path, TimeSpan? @default = null, bool allowInfinite = true)
    {
        var v = Raw(path);
        if (v is null) return @default ?? TimeSpan.Zero;
        if (v.EndsWith("ms")) return TimeSpan.FromMilliseconds(double.Parse(v[..^2]));
        return v[^1] switch
        {
            's' => TimeSpan.FromSeconds(double.Parse(v[..^1])),
            'm' => TimeSpan.FromMinutes(double.Parse(v[..^1])),
            'h' => TimeSpan.FromHours(double.Parse(v[..^1])),
            'd' => TimeSpan.FromDays(double.Parse(v[..^1])),
            _ => TimeSpan.FromMilliseconds(double.Parse(v)),
        };
    }

    /// <summary>The HOCON size in bytes at <paramref name="path"/> (64KiB, 4MiB, 1GB, plain numbers), or null.</summary>
    public long? GetByteSize(string path)
    {
        var v = Raw(path);
        if (v is null) return null;
        foreach (var (unit, factor) in new[] { ("KiB", 1024L), ("MiB", 1024L * 1024), ("GiB", 1024L * 1024 * 1024) })
            if (v.EndsWith(unit)) return long.Parse(v[..^unit.Length]) * factor;
        return long.Parse(v);
    }

    /// <summary>The list of strings at <paramref name="path"/>; empty when absent.</summary>
    public IList<string> GetStringList(string path) =>
        Raw(path) is { } v ? v.Trim('[', ']').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];

    /// <summary>The sub-tree at <paramref name="path"/>, with keys relative to it.</summary>
    public Config GetConfig(string path)
    {
        var prefix = path + ".";
        var sub = new Dictionary<string, string>();
        foreach (var (k, v) in All())
            if (k.StartsWith(prefix, StringComparison.Ordinal)) sub.TryAdd(k[prefix.Length..], v);
        return new Config(sub);
    }

    private IEnumerable<KeyValuePair<string, string>> All() =>
        _fallback is null ? _values : _values.Concat(_fallback.All());

    /// <summary>This configuration, with <paramref name="fallback"/> supplying the keys this one lacks.</summary>
    public Config WithFallback(Config fallback) =>
        new(new Dictionary<string, string>(All().Concat(Enumerable.Empty<KeyValuePair<string, string>>()).DistinctBy(p => p.Key)), fallback);
}
