using ActorChat.Client.Cli.Output;
using ActorChat.Client.Cli.Terminal;

namespace ActorChat.Client.Cli.Session;

/// <summary>Interactive mode: lines above the prompt of a <see cref="ConsoleView"/>, the bell when enabled.</summary>
internal sealed class ViewOutput : ISessionOutput
{
    private readonly ConsoleView _view;
    private readonly bool _bell;

    /// <summary>Shows on <paramref name="view"/>; rings the bell on new direct messages when <paramref name="bell"/>.</summary>
    public ViewOutput(ConsoleView view, bool bell)
    {
        _view = view;
        _bell = bell;
    }

    public void Show(StyledLine line) => _view.Print(line);

    public void Problem(StyledLine line) => _view.Print(line);

    public void Notify()
    {
        if (_bell) _view.Bell();
    }

    public void SetPrompt(string prompt)
    {
        _view.Prompt = prompt;
        _view.Redraw();
    }
}
