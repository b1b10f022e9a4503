using System.Text;

namespace ActorChat.Client.Cli.Output;

/// <summary>One line of output for people, as pieces of text each with a <see cref="Style"/>.</summary>
internal sealed class StyledLine
{
    private readonly List<Segment> _segments = [];

    /// <summary>The pieces, in order.</summary>
    public IReadOnlyList<Segment> Segments => _segments;

    /// <summary>Appends a piece; empty text is skipped.</summary>
    public StyledLine Add(string text, Style style = Style.Plain)
    {
        if (text.Length > 0) _segments.Add(new Segment(text, style));
        return this;
    }

    /// <summary>A line of one piece.</summary>
    public static StyledLine Of(string text, Style style = Style.Plain) => new StyledLine().Add(text, style);

    /// <summary>The text without styles.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var segment in _segments) builder.Append(segment.Text);
        return builder.ToString();
    }
}

/// <summary>A piece of a <see cref="StyledLine"/>.</summary>
internal readonly record struct Segment(string Text, Style Style);
