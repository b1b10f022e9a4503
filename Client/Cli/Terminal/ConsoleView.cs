using System.Text;
using ActorChat.Client.Cli.Output;

namespace ActorChat.Client.Cli.Terminal;

/// <summary>
/// The interactive screen: output lines scroll up above a single prompt row holding the line being typed. Every
/// output line first erases the prompt row, prints itself (wrapped to the terminal's width), then draws the prompt
/// and the half-typed input again below it, so incoming messages and typing never garble each other. The input
/// scrolls sideways when it is wider than the row. Not thread-safe: one loop drives it.
/// </summary>
internal sealed class ConsoleView
{
    private const string EraseRow = "\r\u001b[K";
    private readonly ITerminal _terminal;
    private readonly Theme _theme;
    private int _scroll; // index of the first input character shown

    /// <summary>A view drawing on <paramref name="terminal"/> with <paramref name="theme"/>'s colours.</summary>
    public ConsoleView(ITerminal terminal, Theme theme, LineEditor editor)
    {
        _terminal = terminal;
        _theme = theme;
        Editor = editor;
    }

    /// <summary>The line being typed.</summary>
    public LineEditor Editor { get; }

    /// <summary>The text in front of the input, e.g. <c>alice&gt; </c>. Set it, then <see cref="Redraw"/>.</summary>
    public string Prompt { get; set; } = "> ";

    /// <summary>Columns of the hanging indent of wrapped output rows (the width of the time column).</summary>
    public int WrapIndent { get; set; } = 6;

    /// <summary>Prints a line above the prompt, then redraws the prompt and the input.</summary>
    public void Print(StyledLine line)
    {
        var frame = new StringBuilder(EraseRow);
        foreach (var row in LineWrapper.Wrap(line, UsableWidth, WrapIndent, _theme)) frame.Append(row).Append("\r\n");
        AppendPrompt(frame);
        _terminal.Write(frame.ToString());
    }

    /// <summary>Applies a key press and redraws what it changed; returns what the key did.</summary>
    public EditOutcome HandleKey(ConsoleKeyInfo key)
    {
        var outcome = Editor.Handle(key);
        switch (outcome)
        {
            case EditOutcome.ShowCandidates:
                Print(StyledLine.Of(string.Join("  ", Editor.Candidates), Style.Hint));
                break;
            case EditOutcome.ClearScreen:
                _terminal.Write("\u001b[H\u001b[2J" + PromptFrame());
                break;
            case EditOutcome.Quit:
                break;
            default:
                Redraw();
                break;
        }
        return outcome;
    }

    /// <summary>Draws the prompt row again (after the prompt text changed, for instance).</summary>
    public void Redraw() => _terminal.Write(PromptFrame());

    /// <summary>Rings the terminal's bell.</summary>
    public void Bell() => _terminal.Write("\a");

    /// <summary>Erases the prompt row, leaving the cursor at the start of an empty row (before exiting).</summary>
    public void Close() => _terminal.Write(EraseRow);

    // One column is kept free: some terminals wrap at once when the last column is written, which would push
    // the prompt row down and break the erase-and-redraw.
    private int UsableWidth => Math.Max(8, _terminal.Width - 1);

    private string PromptFrame()
    {
        var frame = new StringBuilder(EraseRow);
        AppendPrompt(frame);
        return frame.ToString();
    }

    private void AppendPrompt(StringBuilder frame)
    {
        var width = UsableWidth;
        var prompt = CellWidth.Of(Prompt) <= width / 2 ? Prompt : "> ";
        var promptWidth = CellWidth.Of(prompt);
        var room = width - promptWidth;
        var buffer = Editor.Buffer;
        var cursor = Editor.Cursor;

        if (cursor < _scroll) _scroll = cursor;
        if (_scroll > buffer.Count) _scroll = buffer.Count;
        // Keep the cursor's own column visible too: the input before it gets room - 1 columns.
        while (Cells(buffer, _scroll, cursor) > room - 1) _scroll++;
        // Show as much of the start again as fits once the input gets shorter.
        while (_scroll > 0 && Cells(buffer, _scroll - 1, buffer.Count) <= room - 1) _scroll--;

        var start = _theme.Start(Style.Prompt);
        frame.Append(start).Append(prompt);
        if (start.Length > 0) frame.Append(Theme.Reset);
        var used = 0;
        for (var i = _scroll; i < buffer.Count; i++)
        {
            var w = CellWidth.Of(buffer[i]);
            if (used + w > room) break;
            frame.Append(buffer[i].ToString());
            used += w;
        }
        frame.Append("\u001b[K\r");
        var column = promptWidth + Cells(buffer, _scroll, cursor);
        if (column > 0) frame.Append("\u001b[").Append(column).Append('C');
    }

    private static int Cells(IReadOnlyList<Rune> runes, int from, int to)
    {
        var cells = 0;
        for (var i = from; i < to; i++) cells += CellWidth.Of(runes[i]);
        return cells;
    }
}
