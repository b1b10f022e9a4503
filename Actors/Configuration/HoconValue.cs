namespace ActorChat.Actors.Configuration;

/// <summary>
/// A node of a HOCON tree. Parsing yields a tree that may still hold substitutions, concatenations and delayed
/// merges; <see cref="Resolver"/> turns it into one made only of objects, arrays and literals.
/// </summary>
internal abstract class HoconValue(SourcePosition position)
{
    /// <summary>Where the value was written.</summary>
    public SourcePosition Position { get; } = position;

    /// <summary>True when the value holds no substitution, concatenation or delayed merge at its top level.</summary>
    public virtual bool IsResolvedKind => true;

    /// <summary>How the value reads in an error message ("a string", "an object", ...).</summary>
    public abstract string Describe();
}
