using ActorChat.Client.Cli.Output;

namespace ActorChat.Client.Cli.Session;

/// <summary>Where the session's lines go: the interactive view, or plain standard output in script mode.</summary>
internal interface ISessionOutput
{
    /// <summary>Shows a line (an event, an echo, a notice).</summary>
    void Show(StyledLine line);

    /// <summary>Shows a problem with what was typed or with the connection.</summary>
    void Problem(StyledLine line);

    /// <summary>Draws attention to a new direct message (when the person wants that).</summary>
    void Notify();

    /// <summary>Sets the prompt (ignored where there is none).</summary>
    void SetPrompt(string prompt);
}
