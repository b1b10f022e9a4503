using System.Text;
using ActorChat.Client.Cli.Terminal;

namespace ActorChat.Tests.Client.Cli.Terminal;

/// <summary>
/// A small VT emulator standing in for a terminal: it keeps a grid of cells and the cursor, and understands what a
/// real terminal would do with the output (CR, LF, BEL, auto-wrap at the width, erase in line/display, cursor moves,
/// SGR), so tests can assert on what a person would see. Its character widths are its own, not the client's.
/// </summary>
internal sealed class FakeTerminal : ITerminal
{
    private readonly List<List<string>> _rows = [[]];
    private bool _pendingWrap;

    public FakeTerminal(int width = 40) => Width = width;

    public int Width { get; set; }
    public int Row { get; private set; }
    public int Column { get; private set; }
    public int Bells { get; private set; }
    public int ColorSequences { get; private set; }
    public List<string> UnknownControls { get; } = [];
    public StringBuilder Raw { get; } = new();

    /// <summary>The screen, one string per row, trailing blanks removed, trailing empty rows dropped.</summary>
    public List<string> Screen
    {
        get
        {
            var rows = _rows.Select(row => string.Concat(row).TrimEnd()).ToList();
            while (rows.Count > 0 && rows[^1].Length == 0) rows.RemoveAt(rows.Count - 1);
            return rows;
        }
    }

    public ConsoleKeyInfo ReadKey() => throw new NotSupportedException("tests feed keys to the view directly");

    public void Write(string text)
    {
        Raw.Append(text);
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (ch == '\u001b')
            {
                i = Escape(text, i);
                continue;
            }
            if (ch == '\r') { Column = 0; _pendingWrap = false; }
            else if (ch == '\n') { Row++; EnsureRow(); _pendingWrap = false; }
            else if (ch == '\a') Bells++;
            else if (ch < ' ' || ch == '\u007f') UnknownControls.Add(((int)ch).ToString("x2"));
            else
            {
                var rune = Rune.GetRuneAt(text, i);
                Put(rune);
                i += rune.Utf16SequenceLength;
                continue;
            }
            i++;
        }
    }

    private void Put(Rune rune)
    {
        var width = WidthOf(rune);
        if (width == 0)
        {
            if (Column > 0) Cells()[Column - 1] += rune.ToString();
            return;
        }
        if (_pendingWrap || Column + width > Width)
        {
            Row++;
            Column = 0;
            EnsureRow();
            _pendingWrap = false;
        }
        var cells = Cells();
        cells[Column] = rune.ToString();
        if (width == 2) cells[Column + 1] = "";
        Column += width;
        if (Column >= Width)
        {
            Column = Width - 1;
            _pendingWrap = true;
        }
    }

    private int Escape(string text, int start)
    {
        if (start + 1 >= text.Length || text[start + 1] != '[')
        {
            UnknownControls.Add("ESC");
            return start + 1;
        }
        var i = start + 2;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == ';')) i++;
        var parameters = text[(start + 2)..i];
        var final = text[i];
        var n = parameters.Length == 0 ? 1 : int.Parse(parameters.Split(';')[0]);
        _pendingWrap = false;
        switch (final)
        {
            case 'K':
                var cells = Cells();
                for (var c = Column; c < Width; c++) cells[c] = " ";
                break;
            case 'J':
                if (parameters == "2") { _rows.Clear(); EnsureRow(); }
                else
                {
                    var row = Cells();
                    for (var c = Column; c < Width; c++) row[c] = " ";
                    _rows.RemoveRange(Row + 1, _rows.Count - Row - 1);
                }
                break;
            case 'C': Column = Math.Min(Width - 1, Column + n); break;
            case 'D': Column = Math.Max(0, Column - n); break;
            case 'A': Row = Math.Max(0, Row - n); break;
            case 'B': Row += n; EnsureRow(); break;
            case 'H': Row = 0; Column = 0; break;
            case 'm': if (parameters is not ("" or "0")) ColorSequences++; break;
            default: UnknownControls.Add("CSI " + parameters + final); break;
        }
        return i + 1;
    }

    private List<string> Cells()
    {
        EnsureRow();
        var row = _rows[Row];
        while (row.Count < Width) row.Add(" ");
        return row;
    }

    private void EnsureRow()
    {
        while (_rows.Count <= Row) _rows.Add([]);
    }

    // Deliberately independent of the client's CellWidth: CJK, Hangul, full-width forms and emoji are wide,
    // combining diacritics take no cell.
    private static int WidthOf(Rune rune)
    {
        var v = rune.Value;
        if (v is >= 0x0300 and <= 0x036F) return 0;
        if (v is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1F64F or >= 0x20000 and <= 0x3FFFD)
            return 2;
        return 1;
    }
}
