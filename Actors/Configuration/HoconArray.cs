namespace ActorChat.Actors.Configuration;

/// <summary>A JSON array; its elements may be unresolved until <see cref="Resolver"/> has run.</summary>
internal sealed class HoconArray(List<HoconValue> items, SourcePosition position) : HoconValue(position)
{
    public List<HoconValue> Items { get; } = items;

    public override string Describe() => "an array";
}
