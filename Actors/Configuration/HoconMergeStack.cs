namespace ActorChat.Actors.Configuration;

/// <summary>
/// Successive definitions of one field that could not be merged while parsing because some are unresolved
/// (a substitution may turn out to be an object, which merges, or not, which replaces). Lowest priority first.
/// Self-references in a layer resolve against the merge of the layers below it.
/// </summary>
internal sealed class HoconMergeStack(List<HoconValue> layers, SourcePosition position) : HoconValue(position)
{
    public List<HoconValue> Layers { get; } = layers;

    public override bool IsResolvedKind => false;

    public override string Describe() => "a merge of several definitions";
}
