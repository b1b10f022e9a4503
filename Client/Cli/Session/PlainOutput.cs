using ActorChat.Client.Cli.Output;

namespace ActorChat.Client.Cli.Session;

/// <summary>Script mode: one plain line per event on standard output, problems on standard error, nothing else.</summary>
internal sealed class PlainOutput : ISessionOutput
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    /// <summary>Writes to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public PlainOutput(TextWriter output, TextWriter error)
    {
        _out = output;
        _error = error;
    }

    public void Show(StyledLine line)
    {
        _out.WriteLine(Plain(line));
        _out.Flush();
    }

    public void Problem(StyledLine line)
    {
        _error.WriteLine(Plain(line));
        _error.Flush();
    }

    public void Notify()
    {
    }

    public void SetPrompt(string prompt)
    {
    }

    // Control characters from the wire never reach a script's output either.
    private static string Plain(StyledLine line)
    {
        var text = line.ToString();
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes()) builder.Append(Terminal.LineWrapper.Sanitize(rune).ToString());
        return builder.ToString();
    }
}
