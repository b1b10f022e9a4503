using ActorChat.Client.Cli.Output;
using ActorChat.Protocol;

namespace ActorChat.Client.Cli.Session;

/// <summary>
/// What the client knows of the session from the events it has seen: its name, its partner and its pending pair
/// request, who is online.
/// </summary>
internal sealed class SessionState
{
    private readonly HashSet<string> _online = new(ChatName.Comparer);

    /// <summary>The name logged in with.</summary>
    public string? Name { get; set; }

    /// <summary>The pair partner, when paired.</summary>
    public string? Partner { get; private set; }

    /// <summary>The name this client asked to pair with, while that request is pending.</summary>
    public string? Asked { get; private set; }

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
            case PairPendingEvent pending: Asked = pending.Name; break;
            case PairedEvent paired: Partner = paired.Name; Asked = null; return true;
            case UnpairedEvent unpaired:
                switch (Ending(unpaired))
                {
                    case PairEnding.Pair: Partner = null; return true;
                    case PairEnding.OwnRequest: Asked = null; break;
                }
                break;
        }
        return false;
    }

    /// <summary>What <paramref name="unpaired"/> ends, judged before it is applied.</summary>
    public PairEnding Ending(UnpairedEvent unpaired) =>
        EventFormatter.Same(unpaired.Name, Partner) ? PairEnding.Pair
        : EventFormatter.Same(unpaired.Name, Asked) ? PairEnding.OwnRequest
        : PairEnding.TheirRequest;

    /// <summary>Replaces the names known to be online (from a LIST, or a login).</summary>
    public void Reset(IReadOnlyList<string> online)
    {
        _online.Clear();
        foreach (var name in online) _online.Add(name);
    }

    /// <summary>Forgets the partner and the pending request (a new connection starts without them).</summary>
    public void Unpair() => Partner = Asked = null;
}
