namespace ActorChat.Actors.Configuration;

/// <summary>Where a token or value came from: the file (or "&lt;string&gt;"), line and column, both 1-based.</summary>
internal readonly record struct SourcePosition(string Origin, int Line, int Column)
{
    public override string ToString() => $"{Origin}: line {Line}, column {Column}";
}
