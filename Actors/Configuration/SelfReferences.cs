namespace ActorChat.Actors.Configuration;

/// <summary>
/// Finds the substitutions in a field's value that point at the field itself or inside it (the spec's
/// self-referential fields) and turns them into <see cref="HoconSelfReference"/>s that look back. Only the value
/// itself or the parts of its concatenation count: a substitution nested in an object or array does not.
/// </summary>
internal static class SelfReferences
{
    /// <summary>
    /// The value with its self-references marked, wrapped in a <see cref="HoconMergeStack"/> when it has any.
    /// <paramref name="fieldPath"/> is null where fields have no path (objects inside arrays).
    /// </summary>
    public static HoconValue Mark(HoconValue value, IReadOnlyList<string>? fieldPath)
    {
        if (fieldPath is null) return value;
        var marked = value switch
        {
            HoconSubstitution s => MarkOne(s, fieldPath),
            HoconConcatenation c => new HoconConcatenation([.. c.Parts.Select(p => p is HoconSubstitution s ? MarkOne(s, fieldPath) : p)], c.Position),
            _ => value,
        };
        var selfReferential = marked is HoconSelfReference
            || (marked is HoconConcatenation concat && concat.Parts.Any(p => p is HoconSelfReference));
        // A stack of one layer: there is no earlier value yet, but a later merge (or WithFallback) may supply one.
        return selfReferential ? new HoconMergeStack([marked], value.Position) : value;
    }

    private static HoconValue MarkOne(HoconSubstitution substitution, IReadOnlyList<string> fieldPath)
    {
        var target = substitution.FullPath;
        if (target.Count < fieldPath.Count) return substitution;
        for (var i = 0; i < fieldPath.Count; i++)
            if (target[i] != fieldPath[i]) return substitution;
        return new HoconSelfReference(substitution, [.. target.Skip(fieldPath.Count)]);
    }
}
