namespace ActorChat.Actors;

/// <summary>The unique, hierarchical name of an actor, e.g. <c>akka://chat/user/registry</c> (Akka.NET's <c>ActorPath</c>).</summary>
public sealed class ActorPath : IEquatable<ActorPath>
{
    private string? _text;

    private ActorPath(string systemName, string name, ActorPath? parent)
    {
        SystemName = systemName;
        Name = name;
        Parent = parent;
    }

    /// <summary>The last element: the actor's name among its siblings (empty for the root).</summary>
    public string Name { get; }

    /// <summary>The parent's path; null for the root.</summary>
    public ActorPath? Parent { get; }

    /// <summary>The name of the actor system this path belongs to.</summary>
    public string SystemName { get; }

    /// <summary>The root path of this path's actor system.</summary>
    public ActorPath Root => Parent is null ? this : Parent.Root;

    /// <summary>The path elements below the root, e.g. <c>["user", "registry"]</c>.</summary>
    public IReadOnlyList<string> Elements
    {
        get
        {
            var elements = new List<string>();
            for (var p = this; p.Parent is not null; p = p.Parent) elements.Add(p.Name);
            elements.Reverse();
            return elements;
        }
    }

    /// <summary>The root path of the actor system <paramref name="systemName"/>.</summary>
    public static ActorPath CreateRoot(string systemName) => new(systemName, "", null);

    /// <summary>The path of a child named <paramref name="name"/>.</summary>
    public ActorPath Child(string name) => new(SystemName, name, this);

    /// <summary>The path of a child named <paramref name="name"/>.</summary>
    public static ActorPath operator /(ActorPath path, string name) => path.Child(name);

    /// <summary>The path without the <c>akka://system</c> address, e.g. <c>/user/registry</c>.</summary>
    public string ToStringWithoutAddress() => Parent is null ? "/" : ToString()[($"akka://{SystemName}".Length)..];

    /// <inheritdoc />
    public override string ToString() => _text ??= Parent is null
        ? $"akka://{SystemName}/"
        : Parent.Parent is null ? Parent + Name : Parent + "/" + Name;

    /// <inheritdoc />
    public bool Equals(ActorPath? other) => other is not null && ToString() == other.ToString();

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ActorPath);

    /// <inheritdoc />
    public override int GetHashCode() => ToString().GetHashCode();
}
