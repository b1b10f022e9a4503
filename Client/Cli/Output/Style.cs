namespace ActorChat.Client.Cli.Output;

/// <summary>What a piece of output is, so that a <see cref="Theme"/> can colour it (or not).</summary>
internal enum Style
{
    /// <summary>Ordinary text.</summary>
    Plain,
    /// <summary>The local time in front of a message.</summary>
    Time,
    /// <summary>Someone else's name.</summary>
    Name,
    /// <summary>"you", and one's own name.</summary>
    Self,
    /// <summary>The marker of a direct message.</summary>
    Direct,
    /// <summary>The marker of a broadcast.</summary>
    Broadcast,
    /// <summary>The marker of a message between pair partners.</summary>
    Pair,
    /// <summary>Presence and other notices from the server.</summary>
    Info,
    /// <summary>An error.</summary>
    Error,
    /// <summary>A hint of what to do next.</summary>
    Hint,
    /// <summary>The prompt.</summary>
    Prompt,
}
