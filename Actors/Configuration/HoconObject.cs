namespace ActorChat.Actors.Configuration;

/// <summary>A JSON object with its fields in the order they were first defined.</summary>
internal sealed class HoconObject(SourcePosition position) : HoconValue(position)
{
    public OrderedDictionary<string, HoconValue> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Set once this object has replaced a non-object value: further fallbacks lie below that value and must not
    /// be merged in (the spec's "an intermediate non-object value hides earlier object values").
    /// </summary>
    public bool IgnoresFallbacks { get; init; }

    public override string Describe() => "an object";

    public HoconObject CopyWith(bool ignoresFallbacks)
    {
        var copy = new HoconObject(Position) { IgnoresFallbacks = ignoresFallbacks };
        foreach (var (key, value) in Fields) copy.Fields[key] = value;
        return copy;
    }
}
