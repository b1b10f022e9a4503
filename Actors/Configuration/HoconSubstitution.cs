namespace ActorChat.Actors.Configuration;

/// <summary>
/// <c>${path}</c> or <c>${?path}</c>, looked up in the whole merged tree. <see cref="Prefix"/> is the path of the
/// object a file was included into: the spec looks the path up under that prefix first, then from the root.
/// </summary>
internal sealed class HoconSubstitution(IReadOnlyList<string> path, bool optional, IReadOnlyList<string> prefix, SourcePosition position)
    : HoconValue(position)
{
    public IReadOnlyList<string> Path { get; } = path;

    public bool Optional { get; } = optional;

    public IReadOnlyList<string> Prefix { get; } = prefix;

    /// <summary>The path as fixed up for the include it came from.</summary>
    public IReadOnlyList<string> FullPath => Prefix.Count == 0 ? Path : [.. Prefix, .. Path];

    public override bool IsResolvedKind => false;

    public override string Describe() => $"the substitution {Render()}";

    public string Render() => "${" + (Optional ? "?" : "") + PathExpression.Render(Path) + "}";
}
