using System.Text;
using ActorChat.Client.Cli.Output;

namespace ActorChat.Client.Cli.Terminal;

/// <summary>
/// Lays a <see cref="StyledLine"/> out in rows of at most a given number of columns: breaks at spaces where it can,
/// inside a word where it must, indents continuation rows, and makes control characters from the wire inert, so a
/// message can never move the cursor or change the terminal's state.
/// </summary>
internal static class LineWrapper
{
    /// <summary>Rows of rendered text (SGR sequences from <paramref name="theme"/> included), without line ends.</summary>
    public static List<string> Wrap(StyledLine line, int width, int indent, Theme theme)
    {
        width = Math.Max(1, width);
        if (indent >= width / 2) indent = 0;
        var cells = Flatten(line);
        var rows = new List<string>();
        var start = 0;
        var firstRow = true;
        while (start < cells.Count || firstRow)
        {
            var room = firstRow ? width : width - indent;
            var end = start;
            var used = 0;
            var lastBreak = -1;
            while (end < cells.Count && used + cells[end].Width <= room)
            {
                if (cells[end].IsSpace) lastBreak = end;
                used += cells[end].Width;
                end++;
            }
            if (used == 0 && end < cells.Count) end++; // a character wider than the row still has to go somewhere
            if (end < cells.Count && lastBreak > start && !cells[end].IsSpace) end = lastBreak;
            rows.Add(Render(cells, start, end, firstRow ? 0 : indent, theme));
            start = end;
            while (start < cells.Count && cells[start].IsSpace) start++; // the break swallows its spaces
            firstRow = false;
        }
        return rows;
    }

    /// <summary>Replaces control characters (C0, DEL, C1) by visible, harmless ones; a tab becomes a space.</summary>
    public static Rune Sanitize(Rune rune)
    {
        var value = rune.Value;
        if (value == '\t') return new Rune(' ');
        return value < 0x20 || (value >= 0x7F && value < 0xA0) ? new Rune('\uFFFD') : rune;
    }

    private static List<Cell> Flatten(StyledLine line)
    {
        var cells = new List<Cell>();
        foreach (var segment in line.Segments)
        {
            foreach (var raw in segment.Text.EnumerateRunes())
            {
                var rune = Sanitize(raw);
                cells.Add(new Cell(rune, segment.Style, CellWidth.Of(rune)));
            }
        }
        return cells;
    }

    private static string Render(List<Cell> cells, int start, int end, int indent, Theme theme)
    {
        var builder = new StringBuilder();
        builder.Append(' ', indent);
        Style? current = null;
        var styled = false;
        for (var i = start; i < end; i++)
        {
            var cell = cells[i];
            if (cell.Style != current)
            {
                if (styled) builder.Append(Theme.Reset);
                var code = theme.Start(cell.Style);
                builder.Append(code);
                styled = code.Length > 0;
                current = cell.Style;
            }
            builder.Append(cell.Rune.ToString());
        }
        if (styled) builder.Append(Theme.Reset);
        return builder.ToString();
    }

    private readonly record struct Cell(Rune Rune, Style Style, int Width)
    {
        public bool IsSpace => Rune.Value == ' ';
    }
}
