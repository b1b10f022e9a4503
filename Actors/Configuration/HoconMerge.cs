namespace ActorChat.Actors.Configuration;

/// <summary>
/// The spec's merge rules, applied to trees that may still hold substitutions: later (upper) definitions override
/// earlier (lower) ones, objects merge field by field, and anything unresolved is kept in a
/// <see cref="HoconMergeStack"/> until the resolver knows what it is. Also joins concatenated values.
/// </summary>
internal static class HoconMerge
{
    /// <summary>The value of a field defined as <paramref name="lower"/> and then as <paramref name="upper"/>.</summary>
    public static HoconValue Merge(HoconValue? lower, HoconValue upper)
    {
        if (lower is null) return upper;
        switch (upper)
        {
            case HoconObject { IgnoresFallbacks: true }:
                return upper;
            case HoconObject upperObject:
                return lower switch
                {
                    HoconObject lowerObject => MergeObjects(lowerObject, upperObject),
                    { IsResolvedKind: false } => new HoconMergeStack([.. Layers(lower), upper], upper.Position),
                    // A non-object below hides whatever lies below it from this object for good.
                    _ => upperObject.CopyWith(ignoresFallbacks: true),
                };
            case HoconMergeStack upperStack:
                return new HoconMergeStack([.. Layers(lower), .. upperStack.Layers], upper.Position);
            case { IsResolvedKind: false }:
                // Kept even over a literal: an optional substitution that turns out undefined leaves the lower value.
                return new HoconMergeStack([.. Layers(lower), upper], upper.Position);
            default:
                return upper;
        }
    }

    private static IEnumerable<HoconValue> Layers(HoconValue value) =>
        value is HoconMergeStack stack ? stack.Layers : [value];

    public static HoconObject MergeObjects(HoconObject lower, HoconObject upper)
    {
        var merged = lower.CopyWith(lower.IgnoresFallbacks);
        foreach (var (key, value) in upper.Fields)
            merged.Fields[key] = Merge(merged.Fields.GetValueOrDefault(key), value);
        return merged;
    }

    /// <summary>
    /// Joins values written side by side: all simple values make one string (separating whitespace kept), all
    /// arrays make one array, all objects merge left to right. Mixing them is an error. Null when nothing is left
    /// (every part was an undefined optional substitution).
    /// </summary>
    public static HoconValue? Concatenate(IReadOnlyList<HoconValue> parts)
    {
        var values = parts.Where(p => p is not HoconLiteral { IsSeparator: true }).ToList();
        if (values.Count == 0) return null;
        if (parts.Count == 1) return parts[0];
        var first = values[0];
        foreach (var value in values)
            if (Family(value) != Family(first))
                throw ConfigurationException.At(value.Position,
                    $"cannot concatenate {first.Describe()} with {value.Describe()}: a concatenation must be all simple values, all arrays or all objects");
        switch (first)
        {
            case HoconArray:
                return new HoconArray([.. values.SelectMany(v => ((HoconArray)v).Items)], first.Position);
            case HoconObject:
                return values.Skip(1).Aggregate(first, (acc, next) => Merge(acc, next));
            default:
                return new HoconLiteral(LiteralKind.String, string.Concat(parts.Select(p => ((HoconLiteral)p).Text)), parts[0].Position);
        }
    }

    private static int Family(HoconValue value) => value switch
    {
        HoconArray => 1,
        HoconObject => 2,
        _ => 0,
    };
}
