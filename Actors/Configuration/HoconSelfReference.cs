namespace ActorChat.Actors.Configuration;

/// <summary>
/// A substitution that points at the field being defined or inside it (<c>path = ${path} ":d"</c>, <c>a += b</c>).
/// It looks back: it resolves against the value the field had below this definition in its
/// <see cref="HoconMergeStack"/>, not against the final value, which would be a cycle.
/// </summary>
internal sealed class HoconSelfReference(HoconSubstitution original, IReadOnlyList<string> relativePath) : HoconValue(original.Position)
{
    public HoconSubstitution Original { get; } = original;

    /// <summary>The path below the field being defined; empty for the field itself.</summary>
    public IReadOnlyList<string> RelativePath { get; } = relativePath;

    /// <summary>True for the hidden <c>${?a}</c> of <c>a += b</c>, which must not fall back to an environment variable.</summary>
    public bool AppendsToArray { get; init; }

    public override bool IsResolvedKind => false;

    public override string Describe() => $"the substitution {Original.Render()}";
}
