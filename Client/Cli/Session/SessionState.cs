using ActorChat.Protocol;

namespace ActorChat.Client.Cli.Session;

/// <summary>What the client knows of the session from the events it has seen: its name, its partner, who is online.</summary>
internal sealed class SessionState
{
    private readonly HashSet<string> _online = new(ChatName.Comparer);

    /// <summary>The name logged in with.</summary>
    public string? Name { get; set; }

    /// <summary>The pair partner, when paired.</summary>
    public string? Partner { get; private set; }

    /// <summary>Names known to be online (for Tab completion).</summary>
    public IEnumerable<string> Online => _online;

    /// <summary>The prompt that shows who lines without <c>/</c> go to.</summary>
    public string Prompt => Partner is null ? $"{Name}> " : $"{Name} ⇄ {Partner}> ";

    /// <summary>Learns from an event; true when the prompt changed.</summary>
    public bool Apply(ServerEvent e)
    {
        switch (e)
        {
            case ListEvent list: Reset(list.Names); break;
            case WhoElseEvent others: Reset(others.Names); if (Name is not null) _online.Add(Name); break;
            case JoinedEvent joined: _online.Add(joined.Name); break;
            case LeftEvent left: _online.Remove(left.Name); break;
            case PairedEvent paired: Partner = paired.Name; return true;
            case UnpairedEvent when Partner is not null: Partner = null; return true;
        }
        return false;
    }

    /// <summary>Forgets the pair and the online names (after a reconnection, the server starts afresh).</summary>
    public void Reset(IReadOnlyList<string> online)
    {
        _online.Clear();
        foreach (var name in online) _online.Add(name);
    }

    /// <summary>Forgets the partner.</summary>
    public void Unpair() => Partner = null;
}
