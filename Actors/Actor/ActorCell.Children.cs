using System.Buffers.Text;

namespace ActorChat.Actors;

internal sealed partial class ActorCell
{
    private const string ElementChars = "-_.*$+:@&=,!~';()";

    // Read from other threads (system.ActorOf, Child, GetChildren), so guarded by lock (this): a lock object would be
    // one more per actor, childless or not. Everything else is single-threaded.
    private Dictionary<string, ChildEntry>? _children;
    private long _nextChildSequence;

    public IActorRef ActorOf(Props props, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(props);
        if (name is null) name = "$" + NextRandomName();
        else ValidateName(name);
        return MakeChild(props, name);
    }

    /// <summary>Creates a child without name validation (the guardians' "user"/"system" and generated names).</summary>
    internal LocalActorRef MakeChild(Props props, string name)
    {
        ChildEntry entry;
        lock (this)
        {
            if (_terminating)
                throw new InvalidOperationException($"Cannot create child \"{name}\": {Self.Path} is terminating.");
            _children ??= new Dictionary<string, ChildEntry>(StringComparer.Ordinal);
            if (_children.ContainsKey(name))
                throw new InvalidActorNameException($"Actor name \"{name}\" is not unique among the children of {Self.Path}.");
            var cell = new ActorCell(System, props, _self.Path.Child(name), _self);
            entry = new ChildEntry(cell.SelfRef);
            _children.Add(name, entry);
        }
        entry.Child.Cell.Start();
        return entry.Child;
    }

    private string NextRandomName()
    {
        Span<byte> bytes = stackalloc byte[8];
        BitConverter.TryWriteBytes(bytes, Interlocked.Increment(ref _nextChildSequence));
        var used = 8;
        while (used > 1 && bytes[used - 1] == 0) used--;
        Span<byte> text = stackalloc byte[16];
        Base64Url.EncodeToUtf8(bytes[..used], text, out _, out var written);
        return global::System.Text.Encoding.ASCII.GetString(text[..written]);
    }

    private static void ValidateName(string name)
    {
        if (name.Length == 0) throw new InvalidActorNameException("Actor name must not be empty.");
        if (name[0] == '$') throw new InvalidActorNameException($"Actor name \"{name}\" must not start with '$' (reserved).");
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c) && !ElementChars.Contains(c))
                throw new InvalidActorNameException(
                    $"Actor name \"{name}\" contains '{c}'; use ASCII letters, digits and {ElementChars}.");
    }

    public IActorRef Child(string name)
    {
        lock (this)
            return _children is not null && _children.TryGetValue(name, out var entry) && !entry.Stopping
                ? entry.Child
                : ActorRefs.Nobody;
    }

    public IEnumerable<IActorRef> GetChildren()
    {
        lock (this)
            return _children is null ? [] : _children.Values.Select(e => (IActorRef)e.Child).ToArray();
    }

    /// <summary>Children that are alive or stopping; for the system's leak checks.</summary>
    internal int ChildCount
    {
        get
        {
            lock (this) return _children?.Count ?? 0;
        }
    }

    private ChildEntry? FindChild(IActorRef child)
    {
        lock (this)
            return _children is not null && _children.TryGetValue(child.Path.Name, out var entry)
                   && ReferenceEquals(entry.Child, child) ? entry : null;
    }

    private ChildEntry[] ChildEntries()
    {
        lock (this) return _children is null ? [] : [.. _children.Values];
    }

    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor = actor.Unwrap();
        if (actor is not IInternalActorRef target) return;
        var entry = FindChild(actor);
        if (entry is not null)
            lock (this) entry.Stopping = true;
        target.SendSystemMessage(Actors.Terminate.Instance);
    }

    /// <summary>Forgets a child whose death is confirmed: its name is free again.</summary>
    private bool RemoveChild(IActorRef child)
    {
        lock (this)
        {
            if (_children is null || !_children.TryGetValue(child.Path.Name, out var entry) || !ReferenceEquals(entry.Child, child))
                return false;
            _children.Remove(child.Path.Name);
            return true;
        }
    }

    private bool HasStoppingChildren()
    {
        lock (this) return _children is not null && _children.Values.Any(e => e.Stopping);
    }
}
