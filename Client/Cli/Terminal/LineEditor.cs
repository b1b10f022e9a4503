using System.Text;

namespace ActorChat.Client.Cli.Terminal;

/// <summary>
/// The line being typed: a buffer of characters and a cursor, with the usual editing keys (arrows, Home/End,
/// Backspace/Delete, Ctrl+A/E/U/K/W), history on Up/Down and Tab completion. It only keeps state; drawing it is
/// <see cref="ConsoleView"/>'s job.
/// </summary>
internal sealed class LineEditor
{
    private readonly List<Rune> _buffer = [];
    private readonly List<string> _history = [];
    private readonly int _historyLimit;
    private readonly TabCompleter _completer;
    private int _historyIndex; // == _history.Count while editing a fresh line
    private string _draft = "";
    private char _pendingHighSurrogate;
    private bool _lastKeyWasTab;

    /// <summary>An editor with the given completer and at most <paramref name="historyLimit"/> remembered lines.</summary>
    public LineEditor(TabCompleter completer, int historyLimit = 500)
    {
        _completer = completer;
        _historyLimit = historyLimit;
    }

    /// <summary>The characters typed so far.</summary>
    public IReadOnlyList<Rune> Buffer => _buffer;

    /// <summary>Index in <see cref="Buffer"/> of the character the cursor is on.</summary>
    public int Cursor { get; private set; }

    /// <summary>The text typed so far.</summary>
    public string Text => RunesToString(_buffer, 0, _buffer.Count);

    /// <summary>The line handed over by the last <see cref="EditOutcome.Submitted"/>.</summary>
    public string Submitted { get; private set; } = "";

    /// <summary>The candidates of the last <see cref="EditOutcome.ShowCandidates"/>.</summary>
    public IReadOnlyList<string> Candidates { get; private set; } = [];

    /// <summary>Applies one key press.</summary>
    public EditOutcome Handle(ConsoleKeyInfo key)
    {
        var wasTab = _lastKeyWasTab;
        _lastKeyWasTab = false;
        var control = (key.Modifiers & ConsoleModifiers.Control) != 0;
        switch (key.Key)
        {
            case ConsoleKey.Enter: return Submit();
            case ConsoleKey.Tab: _lastKeyWasTab = true; return Complete(wasTab);
            case ConsoleKey.Backspace: DeleteBack(); return EditOutcome.Edited;
            case ConsoleKey.Delete: DeleteForward(); return EditOutcome.Edited;
            case ConsoleKey.LeftArrow: if (Cursor > 0) Cursor--; return EditOutcome.Edited;
            case ConsoleKey.RightArrow: if (Cursor < _buffer.Count) Cursor++; return EditOutcome.Edited;
            case ConsoleKey.Home: Cursor = 0; return EditOutcome.Edited;
            case ConsoleKey.End: Cursor = _buffer.Count; return EditOutcome.Edited;
            case ConsoleKey.UpArrow: Recall(-1); return EditOutcome.Edited;
            case ConsoleKey.DownArrow: Recall(+1); return EditOutcome.Edited;
            case ConsoleKey.Escape: Replace(""); return EditOutcome.Edited;
        }
        var ch = key.KeyChar;
        if (control || (ch > '\0' && ch < ' ')) return Control(control ? key.Key : (ConsoleKey)('A' + ch - 1));
        if (ch == '\0' || ch == '\u007f') return EditOutcome.Edited;
        Type(ch);
        return EditOutcome.Edited;
    }

    /// <summary>Replaces the whole input, cursor at its end.</summary>
    public void Replace(string text)
    {
        _buffer.Clear();
        foreach (var rune in text.EnumerateRunes()) _buffer.Add(rune);
        Cursor = _buffer.Count;
    }

    /// <summary>Inserts text at the cursor (characters, not keys: control characters are dropped).</summary>
    public void Insert(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < ' ' || rune.Value == 0x7F) continue;
            _buffer.Insert(Cursor++, rune);
        }
    }

    private EditOutcome Control(ConsoleKey key)
    {
        switch (key)
        {
            case ConsoleKey.A: Cursor = 0; break;
            case ConsoleKey.E: Cursor = _buffer.Count; break;
            case ConsoleKey.B: if (Cursor > 0) Cursor--; break;
            case ConsoleKey.F: if (Cursor < _buffer.Count) Cursor++; break;
            case ConsoleKey.U: _buffer.RemoveRange(0, Cursor); Cursor = 0; break;
            case ConsoleKey.K: _buffer.RemoveRange(Cursor, _buffer.Count - Cursor); break;
            case ConsoleKey.W: DeleteWordBack(); break;
            case ConsoleKey.H: DeleteBack(); break;
            case ConsoleKey.P: Recall(-1); break;
            case ConsoleKey.N: Recall(+1); break;
            case ConsoleKey.L: return EditOutcome.ClearScreen;
            case ConsoleKey.C: return EditOutcome.Quit;
            case ConsoleKey.D:
                if (_buffer.Count == 0) return EditOutcome.Quit;
                DeleteForward();
                break;
            case ConsoleKey.M: case ConsoleKey.J: return Submit();
            case ConsoleKey.I: _lastKeyWasTab = true; return Complete(false);
        }
        return EditOutcome.Edited;
    }

    private void Type(char ch)
    {
        if (char.IsHighSurrogate(ch)) { _pendingHighSurrogate = ch; return; }
        if (char.IsLowSurrogate(ch))
        {
            if (_pendingHighSurrogate != '\0') _buffer.Insert(Cursor++, new Rune(_pendingHighSurrogate, ch));
            _pendingHighSurrogate = '\0';
            return;
        }
        _pendingHighSurrogate = '\0';
        _buffer.Insert(Cursor++, new Rune(ch));
    }

    private EditOutcome Submit()
    {
        Submitted = Text;
        if (Submitted.Trim().Length > 0 && (_history.Count == 0 || _history[^1] != Submitted))
        {
            _history.Add(Submitted);
            if (_history.Count > _historyLimit) _history.RemoveAt(0);
        }
        _historyIndex = _history.Count;
        _draft = "";
        _buffer.Clear();
        Cursor = 0;
        return EditOutcome.Submitted;
    }

    private void Recall(int step)
    {
        var target = _historyIndex + step;
        if (target < 0 || target > _history.Count) return;
        if (_historyIndex == _history.Count) _draft = Text;
        _historyIndex = target;
        Replace(target == _history.Count ? _draft : _history[target]);
    }

    private EditOutcome Complete(bool repeated)
    {
        var result = _completer.Complete(RunesToString(_buffer, 0, Cursor));
        if (result.Extends)
        {
            var typed = result.Word.EnumerateRunes().Count();
            _buffer.RemoveRange(Cursor - typed, typed);
            Cursor -= typed;
            Insert(result.Replacement);
            return EditOutcome.Edited;
        }
        if (result.Candidates.Count > 1 && repeated)
        {
            Candidates = result.Candidates;
            return EditOutcome.ShowCandidates;
        }
        return EditOutcome.Edited;
    }

    private void DeleteBack()
    {
        if (Cursor == 0) return;
        _buffer.RemoveAt(--Cursor);
    }

    private void DeleteForward()
    {
        if (Cursor < _buffer.Count) _buffer.RemoveAt(Cursor);
    }

    private void DeleteWordBack()
    {
        var start = Cursor;
        while (start > 0 && _buffer[start - 1].Value == ' ') start--;
        while (start > 0 && _buffer[start - 1].Value != ' ') start--;
        _buffer.RemoveRange(start, Cursor - start);
        Cursor = start;
    }

    private static string RunesToString(List<Rune> runes, int start, int end)
    {
        var builder = new StringBuilder();
        for (var i = start; i < end; i++) builder.Append(runes[i].ToString());
        return builder.ToString();
    }
}
