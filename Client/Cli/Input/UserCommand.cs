namespace ActorChat.Client.Cli.Input;

/// <summary>What a line typed by the person asks for, checked before anything is sent.</summary>
internal abstract record UserCommand
{
    /// <summary>A blank line: nothing to do.</summary>
    public sealed record Nothing : UserCommand;

    /// <summary><c>/msg NAME[,NAME] TEXT</c>.</summary>
    public sealed record Direct(IReadOnlyList<string> To, string Text) : UserCommand;

    /// <summary><c>/broadcast TEXT</c> or <c>/all TEXT</c>.</summary>
    public sealed record Broadcast(string Text) : UserCommand;

    /// <summary>A line without <c>/</c>, or <c>/say TEXT</c>: to the pair partner.</summary>
    public sealed record ToPartner(string Text) : UserCommand;

    /// <summary><c>/list</c>.</summary>
    public sealed record List : UserCommand;

    /// <summary><c>/whoelse</c>.</summary>
    public sealed record WhoElse : UserCommand;

    /// <summary><c>/wholast MIN</c>.</summary>
    public sealed record WhoLast(int Minutes) : UserCommand;

    /// <summary><c>/pair NAME</c>.</summary>
    public sealed record Pair(string Name) : UserCommand;

    /// <summary><c>/unpair</c>.</summary>
    public sealed record Unpair : UserCommand;

    /// <summary><c>/block NAME</c>.</summary>
    public sealed record Block(string Name) : UserCommand;

    /// <summary><c>/unblock NAME</c>.</summary>
    public sealed record Unblock(string Name) : UserCommand;

    /// <summary><c>/inbox [N]</c>; no count means the server's default.</summary>
    public sealed record Inbox(int? Count) : UserCommand;

    /// <summary><c>/help</c>.</summary>
    public sealed record Help : UserCommand;

    /// <summary><c>/quit [reason]</c> or <c>exit</c>.</summary>
    public sealed record Quit(string? Reason) : UserCommand;

    /// <summary>A line that cannot be sent: what is wrong, and what to do instead.</summary>
    public sealed record Invalid(string Problem, string Hint) : UserCommand;
}
