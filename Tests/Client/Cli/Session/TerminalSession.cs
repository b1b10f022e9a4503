using System.Threading.Channels;
using ActorChat.Client.Cli.Input;
using ActorChat.Client.Cli.Options;
using ActorChat.Client.Cli.Output;
using ActorChat.Client.Cli.Session;
using ActorChat.Client.Cli.Terminal;
using ActorChat.Tests.Client.Cli.Terminal;

namespace ActorChat.Tests.Client.Cli.Session;

/// <summary>An interactive session on a fake terminal, driven by key presses: the setup the session tests share.</summary>
internal static class TerminalSession
{
    /// <summary>Runs a session drawing on <paramref name="terminal"/> and reading keys from <paramref name="inputs"/>; Tab completes the names it knows online.</summary>
    public static Task<int> Start(FakeTerminal terminal, Channel<SessionInput> inputs, ClientOptions options, bool bell,
        Func<string?, Task<string?>>? askName = null)
    {
        ChatSession? session = null;
        var editor = new LineEditor(new TabCompleter(InputParser.CommandNames, () => session?.OnlineNames ?? []));
        var view = new ConsoleView(terminal, Theme.None, editor);
        session = new ChatSession(options, new ViewOutput(view, bell), inputs, view, askName, TimeProvider.System);
        return Task.Run(session.RunAsync);
    }

    /// <summary>Types <paramref name="text"/> key by key; <c>\r</c> is Enter.</summary>
    public static void Type(this Channel<SessionInput> inputs, string text)
    {
        foreach (var ch in text) inputs.Writer.TryWrite(new SessionInput.Key(ch == '\r' ? Keys.Enter : Keys.Char(ch)));
    }
}
