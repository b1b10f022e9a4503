using System.Collections;

namespace ActorChat.Actors;

/// <summary>The logging scope every kernel and actor log entry is written in: one structured field, <c>ActorPath</c>.</summary>
internal sealed class ActorPathScope(ActorPath path) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string FieldName = "ActorPath";

    public ActorPath Path { get; } = path;

    public KeyValuePair<string, object?> this[int index] => index == 0
        ? new(FieldName, Path.ToString())
        : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => 1;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{FieldName}:{Path}";
}
