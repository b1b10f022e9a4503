using ActorChat.Protocol;

namespace ActorChat.Client.Cli.Session;

/// <summary>Everything the session loop reacts to, from any source, in one queue so that one loop owns the screen.</summary>
internal abstract record SessionInput
{
    /// <summary>A key pressed on the terminal.</summary>
    public sealed record Key(ConsoleKeyInfo Info) : SessionInput;

    /// <summary>A whole line read in script mode.</summary>
    public sealed record Line(string Text) : SessionInput;

    /// <summary>Standard input ended (script mode).</summary>
    public sealed record EndOfInput : SessionInput;

    /// <summary>An event from <paramref name="Connection"/>.</summary>
    public sealed record Event(ServerEvent Value, ChatConnection Connection) : SessionInput;

    /// <summary><paramref name="Connection"/> ended.</summary>
    public sealed record Ended(ConnectionClosed Why, ChatConnection Connection) : SessionInput;
}
