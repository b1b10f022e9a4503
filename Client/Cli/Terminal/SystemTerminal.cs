using System.Text;

namespace ActorChat.Client.Cli.Terminal;

/// <summary>The real console: keys from <see cref="Console.ReadKey(bool)"/>, output straight to standard output.</summary>
internal sealed class SystemTerminal : ITerminal
{
    private readonly Stream _out = Console.OpenStandardOutput();
    private readonly object _gate = new();

    public SystemTerminal()
    {
        // Ctrl+C arrives as a key, so the editor can quit cleanly (QUIT, BYE) instead of the process dying.
        Console.TreatControlCAsInput = true;
    }

    public int Width
    {
        get
        {
            try { return Console.WindowWidth > 0 ? Console.WindowWidth : 80; }
            catch (IOException) { return 80; }
        }
    }

    public void Write(string text)
    {
        // One write per frame keeps a redraw atomic; the lock keeps frames from two threads whole.
        var bytes = Encoding.UTF8.GetBytes(text);
        lock (_gate)
        {
            _out.Write(bytes);
            _out.Flush();
        }
    }

    public ConsoleKeyInfo ReadKey() => Console.ReadKey(intercept: true);
}
