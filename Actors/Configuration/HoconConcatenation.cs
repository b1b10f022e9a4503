namespace ActorChat.Actors.Configuration;

/// <summary>
/// Values written side by side on one line that include a substitution, so can only be joined once resolved:
/// simple values become one string (whitespace between them kept), arrays are appended, objects are merged.
/// </summary>
internal sealed class HoconConcatenation(List<HoconValue> parts, SourcePosition position) : HoconValue(position)
{
    /// <summary>The values in order, whitespace between them included as string literals.</summary>
    public List<HoconValue> Parts { get; } = parts;

    public override bool IsResolvedKind => false;

    public override string Describe() => "a value concatenation";
}
