using System.Globalization;

namespace ActorChat.Actors.Configuration;

/// <summary>
/// An immutable HOCON configuration tree (Akka.NET's <c>Akka.Configuration.Config</c>). Paths are HOCON path
/// expressions (<c>a.b."c.d"</c>). A missing path, or one set to null, gives the getter's default; a value of the
/// wrong type throws a <see cref="ConfigurationException"/> naming the path and the expected type.
/// Substitutions are resolved on first read, over this configuration together with its fallbacks.
/// </summary>
public sealed class Config
{
    private readonly HoconObject _unresolved;
    private readonly Lazy<HoconObject> _resolved;

    internal Config(HoconObject unresolved)
    {
        _unresolved = unresolved;
        _resolved = new Lazy<HoconObject>(() => Resolver.Resolve(unresolved), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A configuration with no keys.</summary>
    public static Config Empty { get; } = new(new HoconObject(new SourcePosition("<empty>", 1, 1)));

    /// <summary>True when this configuration holds no keys.</summary>
    public bool IsEmpty => Root.Fields.Count == 0;

    internal HoconObject Root => _resolved.Value;

    /// <summary>The value at the path, or null when it is missing or set to null.</summary>
    private HoconValue? Find(string path)
    {
        HoconValue? node = Root;
        foreach (var element in PathExpression.Parse(path))
            node = node is HoconObject obj ? obj.Fields.GetValueOrDefault(element) : null;
        return node is HoconLiteral { Kind: LiteralKind.Null } ? null : node;
    }

    private static ConfigurationException WrongType(string path, string expected, HoconValue found, string? detail = null) =>
        new($"'{path}': expected {expected} but found {found.Describe()} ({found.Position}){(detail is null ? "" : ": " + detail)}");

    private static HoconLiteral Simple(string path, HoconValue value, string expected) =>
        value as HoconLiteral ?? throw WrongType(path, expected, value);

    /// <summary>True when <paramref name="path"/> has a value that is not null.</summary>
    public bool HasPath(string path) => Find(path) is not null;

    /// <summary>True when <paramref name="path"/> holds an object (a block of keys), as Akka.NET's <c>IsObject()</c>.</summary>
    public bool IsObject(string path) => Find(path) is HoconObject;

    /// <summary>The string at <paramref name="path"/> (numbers and booleans as written), or <paramref name="default"/>.</summary>
    public string? GetString(string path, string? @default = null) =>
        Find(path) is { } value ? Simple(path, value, "a string").Text : @default;

    /// <summary>The boolean at <paramref name="path"/>: true/yes/on or false/no/off.</summary>
    public bool GetBoolean(string path, bool @default = false)
    {
        if (Find(path) is not { } value) return @default;
        return Simple(path, value, "a boolean").Text switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw WrongType(path, "a boolean (true/false, yes/no, on/off)", value),
        };
    }

    /// <summary>The 32-bit integer at <paramref name="path"/>.</summary>
    public int GetInt(string path, int @default = 0)
    {
        if (Find(path) is not { } value) return @default;
        var whole = WholeNumber(path, value, "an int");
        return whole is >= int.MinValue and <= int.MaxValue ? (int)whole : throw WrongType(path, "an int", value, "out of the 32-bit range");
    }

    /// <summary>The 64-bit integer at <paramref name="path"/>.</summary>
    public long GetLong(string path, long @default = 0)
    {
        if (Find(path) is not { } value) return @default;
        var whole = WholeNumber(path, value, "a long");
        return whole is >= long.MinValue and <= long.MaxValue ? (long)whole : throw WrongType(path, "a long", value, "out of the 64-bit range");
    }

    private static decimal WholeNumber(string path, HoconValue value, string expected)
    {
        var text = Simple(path, value, expected).Text;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number))
            return number;
        throw WrongType(path, expected, value);
    }

    /// <summary>The floating-point number at <paramref name="path"/>.</summary>
    public double GetDouble(string path, double @default = 0)
    {
        if (Find(path) is not { } value) return @default;
        var text = Simple(path, value, "a number").Text;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : throw WrongType(path, "a number", value);
    }

    /// <summary>
    /// The duration at <paramref name="path"/>: a number with a unit (ns, us, ms, s, m, h, d or their long forms
    /// such as "seconds"), a plain number meaning milliseconds, or "infinite" (<see cref="Timeout.InfiniteTimeSpan"/>)
    /// when <paramref name="allowInfinite"/>. <paramref name="default"/> (or zero) when missing.
    /// </summary>
    public TimeSpan GetTimeSpan(string path, TimeSpan? @default = null, bool allowInfinite = true)
    {
        if (Find(path) is not { } value) return @default ?? TimeSpan.Zero;
        var text = Simple(path, value, "a duration").Text;
        return DurationFormat.TryParse(text, allowInfinite, out var duration, out var error)
            ? duration
            : throw WrongType(path, "a duration", value, error);
    }

    /// <summary>
    /// The size in bytes at <paramref name="path"/>: a plain number of bytes, or a number with a unit — powers
    /// of ten for kB, MB, GB, ... and powers of two for K, Ki, KiB, M, MiB, ...; null when missing.
    /// </summary>
    public long? GetByteSize(string path)
    {
        if (Find(path) is not { } value) return null;
        var text = Simple(path, value, "a size in bytes").Text;
        return ByteSizeFormat.TryParse(text, out var bytes, out var error) ? bytes : throw WrongType(path, "a size in bytes", value, error);
    }

    /// <summary>The list of strings at <paramref name="path"/>; empty when missing.</summary>
    public IList<string> GetStringList(string path) => GetStringList(path, []);

    /// <summary>The list of strings at <paramref name="path"/>, or <paramref name="default"/> when missing.</summary>
    public IList<string> GetStringList(string path, IList<string> @default)
    {
        if (Find(path) is not { } value) return @default;
        var items = value switch
        {
            HoconArray array => array.Items,
            HoconObject obj when NumericallyIndexed(obj) is { Count: > 0 } indexed => indexed,
            _ => throw WrongType(path, "a list of strings", value),
        };
        return [.. items.Select(item => item is HoconLiteral { Kind: not LiteralKind.Null } literal
            ? literal.Text
            : throw WrongType(path, "a list of strings", item, "every element must be a string, number or boolean"))];
    }

    // The spec's conversion of { "0" : a, "1" : b } to [a, b], for lists written as foo.0 = a, foo.1 = b.
    private static List<HoconValue> NumericallyIndexed(HoconObject obj) =>
        [.. obj.Fields
            .Select(f => (Ok: int.TryParse(f.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i), Index: i, f.Value))
            .Where(f => f.Ok)
            .OrderBy(f => f.Index)
            .Select(f => f.Value)];

    /// <summary>The object at <paramref name="path"/> as a configuration of its own; <see cref="Empty"/> when missing.</summary>
    public Config GetConfig(string path)
    {
        if (Find(path) is not { } value) return Empty;
        return value is HoconObject obj ? new Config(obj) : throw WrongType(path, "an object", value);
    }

    /// <summary>
    /// The keys of the object at <paramref name="path"/>, in the order they were first defined (fallback keys
    /// included), leaving out those set to null; empty when the path is missing or null. Like Akka.NET's
    /// <c>AsEnumerable()</c> over a sub-tree, it is how a reader learns which keys a user wrote, to refuse unknown
    /// ones or to read a map; a key may hold dots (<c>"ActorChat.Actors" = debug</c>), so read its value through
    /// <see cref="JoinPath"/>.
    /// </summary>
    /// <exception cref="ConfigurationException">The value at the path is not an object, or the path is not valid.</exception>
    public IReadOnlyList<string> GetKeys(string path)
    {
        if (Find(path) is not { } value) return [];
        if (value is not HoconObject obj) throw WrongType(path, "an object", value);
        return [.. obj.Fields.Where(f => f.Value is not HoconLiteral { Kind: LiteralKind.Null }).Select(f => f.Key)];
    }

    /// <summary>
    /// The path of <paramref name="key"/> inside the object at <paramref name="path"/>, the key quoted when it
    /// needs to be: <c>JoinPath("log.categories", "ActorChat.Actors")</c> is <c>log.categories."ActorChat.Actors"</c>.
    /// </summary>
    public static string JoinPath(string path, string key)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(key);
        return path + "." + PathExpression.Render([key]);
    }

    /// <summary>
    /// This configuration with <paramref name="fallback"/> beneath it: merged as if <paramref name="fallback"/>
    /// came first in one file and this one after, then resolved together, so substitutions here can refer to
    /// keys (or earlier values of the same key) in the fallback.
    /// </summary>
    public Config WithFallback(Config fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        if (ReferenceEquals(fallback, this) || fallback._unresolved.Fields.Count == 0) return this;
        return new Config((HoconObject)HoconMerge.Merge(fallback._unresolved, _unresolved));
    }

    /// <summary>The resolved configuration rendered as HOCON.</summary>
    public override string ToString()
    {
        try
        {
            return HoconRenderer.Render(Root);
        }
        catch (ConfigurationException e)
        {
            return $"<unresolvable configuration: {e.Message}>";
        }
    }
}
