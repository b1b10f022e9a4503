using System.Threading.Channels;
using ActorChat.Client.Cli.Input;
using ActorChat.Client.Cli.Options;
using ActorChat.Client.Cli.Output;
using ActorChat.Client.Cli.Session;
using ActorChat.Client.Cli.Terminal;

namespace ActorChat.Client.Cli;

/// <summary>
/// The console program: reads the options, then runs a session either interactively (a terminal: prompt, line
/// editing, colours) or as a script (standard input is not a terminal, or <c>--script</c>: plain lines in and out).
/// </summary>
internal static class ClientProgram
{
    /// <summary>Runs the program; returns the exit status (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = OptionsParser.Parse(args, Environment.GetEnvironmentVariable, File.ReadAllText);
        if (parsed.HelpRequested)
        {
            Console.Out.WriteLine(OptionsParser.Usage);
            return ExitCodes.Ok;
        }
        if (parsed.Options is not { } options)
        {
            Console.Error.WriteLine($"actorchat-client: {parsed.Error} (see --help)");
            return ExitCodes.Usage;
        }
        try
        {
            return options.Script || Console.IsInputRedirected
                ? await RunScriptAsync(options).ConfigureAwait(false)
                : await RunInteractiveAsync(options).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // People get one line; the details are for a bug report.
            Console.Error.WriteLine($"actorchat-client: unexpected error: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> RunScriptAsync(ClientOptions options)
    {
        var inputs = Channel.CreateUnbounded<SessionInput>(new UnboundedChannelOptions { SingleReader = true });
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            inputs.Writer.TryWrite(new SessionInput.Line("/quit"));
        };
        _ = Task.Run(async () =>
        {
            while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } line) inputs.Writer.TryWrite(new SessionInput.Line(line));
            inputs.Writer.TryWrite(new SessionInput.EndOfInput());
        });
        var session = new ChatSession(options, new PlainOutput(Console.Out, Console.Error), inputs, view: null, askName: null, TimeProvider.System);
        return await session.RunAsync().ConfigureAwait(false);
    }

    private static async Task<int> RunInteractiveAsync(ClientOptions options)
    {
        var terminal = new SystemTerminal();
        var theme = options.Color == ColorMode.On || options.Color == ColorMode.Auto && !Console.IsOutputRedirected ? Theme.Default : Theme.None;
        var inputs = Channel.CreateUnbounded<SessionInput>(new UnboundedChannelOptions { SingleReader = true });
        ChatSession? session = null;
        var editor = new LineEditor(new TabCompleter(InputParser.CommandNames, () => session?.OnlineNames ?? []), options.HistorySize);
        var view = new ConsoleView(terminal, theme, editor);
        StartKeyReader(terminal, inputs.Writer);

        async Task<string?> AskName(string? problem)
        {
            if (problem is not null) view.Print(EventFormatter.Error(problem, "letters, digits, _ - and ., at most 32"));
            view.Prompt = "name: ";
            view.Redraw();
            await foreach (var input in inputs.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                if (input is not SessionInput.Key key) continue;
                switch (view.HandleKey(key.Info))
                {
                    case EditOutcome.Submitted: return editor.Submitted.Trim();
                    case EditOutcome.Quit: return null;
                }
            }
            return null;
        }

        session = new ChatSession(options, new ViewOutput(view, options.Bell), inputs, view, AskName, TimeProvider.System);
        view.Print(EventFormatter.Info($"ActorChat: connecting to {options.Host}:{options.Port}; /help for the commands"));
        try
        {
            return await session.RunAsync().ConfigureAwait(false);
        }
        finally
        {
            view.Close();
        }
    }

    private static void StartKeyReader(ITerminal terminal, ChannelWriter<SessionInput> inputs)
    {
        // Console.ReadKey blocks; a background thread keeps it away from the loop and dies with the process.
        var thread = new Thread(() =>
        {
            try
            {
                while (true) inputs.TryWrite(new SessionInput.Key(terminal.ReadKey()));
            }
            catch (InvalidOperationException)
            {
                inputs.TryWrite(new SessionInput.Line("/quit"));
            }
        })
        { IsBackground = true, Name = "keys" };
        thread.Start();
    }
}
