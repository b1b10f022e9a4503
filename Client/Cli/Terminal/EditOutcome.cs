namespace ActorChat.Client.Cli.Terminal;

/// <summary>What a key press did to the <see cref="LineEditor"/>.</summary>
internal enum EditOutcome
{
    /// <summary>The input changed (or did not); redraw it.</summary>
    Edited,
    /// <summary>Enter: <see cref="LineEditor.Submitted"/> holds the line.</summary>
    Submitted,
    /// <summary>Tab found several candidates: <see cref="LineEditor.Candidates"/> holds them, to be shown.</summary>
    ShowCandidates,
    /// <summary>Ctrl+L: clear the screen.</summary>
    ClearScreen,
    /// <summary>Ctrl+C, or Ctrl+D on an empty line: the person wants to leave.</summary>
    Quit,
}
