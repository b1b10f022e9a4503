using ActorChat.Client.Cli.Input;
using ActorChat.Client.Cli.Output;
using ActorChat.Client.Cli.Terminal;

namespace ActorChat.Tests.Client.Cli.Terminal;

public class ConsoleViewTests
{
    private readonly FakeTerminal _terminal = new(width: 40);

    private ConsoleView NewView(Theme? theme = null, params string[] online)
    {
        var editor = new LineEditor(new TabCompleter(InputParser.CommandNames, () => online));
        var view = new ConsoleView(_terminal, theme ?? Theme.None, editor) { Prompt = "alice> " };
        view.Redraw();
        return view;
    }

    private static void Type(ConsoleView view, string text)
    {
        foreach (var ch in text) view.HandleKey(Keys.Char(ch));
    }

    [Fact]
    public void An_incoming_line_while_half_a_line_is_typed_leaves_both_intact()
    {
        var view = NewView();
        Type(view, "hel");

        view.Print(StyledLine.Of("12:03 bob → you: hi"));

        Assert.Equal(["12:03 bob → you: hi", "alice> hel"], _terminal.Screen);
        Assert.Equal((1, 10), (_terminal.Row, _terminal.Column));

        Type(view, "lo");
        Assert.Equal(EditOutcome.Submitted, view.HandleKey(Keys.Enter));
        Assert.Equal("hello", view.Editor.Submitted);
        Assert.Empty(_terminal.UnknownControls);
    }

    [Fact]
    public void Many_incoming_lines_keep_the_cursor_where_the_person_left_it()
    {
        var view = NewView();
        Type(view, "abcdef");
        view.HandleKey(Keys.Left);
        view.HandleKey(Keys.Left);

        for (var i = 0; i < 5; i++) view.Print(StyledLine.Of($"line {i}"));

        Assert.Equal(["line 0", "line 1", "line 2", "line 3", "line 4", "alice> abcdef"], _terminal.Screen);
        Assert.Equal((5, "alice> abcd".Length), (_terminal.Row, _terminal.Column));
        Type(view, "X");
        Assert.Equal("alice> abcdXef", _terminal.Screen[^1]);
    }

    [Fact]
    public void A_long_incoming_line_wraps_at_spaces_within_the_width_with_a_hanging_indent()
    {
        var view = NewView();
        Type(view, "typed");
        var text = "12:03 bob → you: the quick brown fox jumps over the lazy dog and keeps running far away";

        view.Print(StyledLine.Of(text));

        var screen = _terminal.Screen;
        Assert.Equal("alice> typed", screen[^1]);
        var rows = screen[..^1];
        Assert.True(rows.Count >= 3);
        Assert.All(rows, row => Assert.True(row.Length <= _terminal.Width - 1, $"'{row}' is wider than the terminal"));
        Assert.All(rows.Skip(1), row => Assert.StartsWith("      ", row));
        Assert.Equal(text, string.Join(" ", rows.Select(row => row.Trim())));
    }

    [Fact]
    public void A_word_longer_than_the_row_is_broken_inside_rather_than_lost()
    {
        var view = NewView();
        var word = new string('x', 100);

        view.Print(StyledLine.Of(word));

        Assert.Equal(word, string.Concat(_terminal.Screen[..^1].Select(row => row.Trim())));
    }

    [Fact]
    public void Wide_characters_count_two_columns_when_wrapping_and_placing_the_cursor()
    {
        var view = NewView();
        Type(view, "日本");
        Assert.Equal(7 + 4, _terminal.Column);

        var text = string.Concat(Enumerable.Repeat("漢字", 15)); // 60 columns
        view.Print(StyledLine.Of(text));

        var rows = _terminal.Screen[..^1];
        Assert.Equal(text, string.Concat(rows.Select(row => row.Trim())));
        Assert.Equal("alice> 日本", _terminal.Screen[^1]);
        Assert.Equal(11, _terminal.Column);
    }

    [Fact]
    public void Input_wider_than_the_row_scrolls_sideways_and_keeps_the_cursor_visible()
    {
        var view = NewView();
        var text = string.Concat(Enumerable.Range(0, 60).Select(i => (char)('a' + i % 26)));
        Type(view, text);

        Assert.Single(_terminal.Screen);
        var row = _terminal.Screen[0];
        Assert.StartsWith("alice> ", row);
        Assert.EndsWith(text[^10..], row);
        Assert.True(_terminal.Column < _terminal.Width);
        Assert.Equal(row.Length, _terminal.Column);

        view.HandleKey(Keys.Home);
        Assert.StartsWith("alice> " + text[..10], _terminal.Screen[0]);
        Assert.Equal(7, _terminal.Column);
        Assert.Equal(text, view.Editor.Text);
    }

    [Fact]
    public void A_narrower_terminal_is_honoured_on_the_next_line()
    {
        var view = NewView();
        _terminal.Width = 20;

        view.Print(StyledLine.Of("one two three four five six seven"));

        Assert.All(_terminal.Screen, row => Assert.True(row.Length <= 19, row));
    }

    [Fact]
    public void Without_colours_no_SGR_sequence_is_written()
    {
        var view = NewView(Theme.None);
        view.Print(new StyledLine().Add("12:03 ", Style.Time).Add("bob", Style.Name).Add(": hi"));
        Type(view, "x");

        Assert.Equal(0, _terminal.ColorSequences);
        Assert.DoesNotContain("\u001b[0m", _terminal.Raw.ToString());
    }

    [Fact]
    public void With_colours_styles_are_written_and_reset_at_the_end_of_each_row()
    {
        var view = NewView(Theme.Default);
        view.Print(new StyledLine().Add("12:03 ", Style.Time).Add("bob", Style.Name).Add(": ").Add("hi", Style.Error));

        Assert.True(_terminal.ColorSequences >= 3);
        Assert.Equal("12:03 bob: hi", _terminal.Screen[0]);
        Assert.Contains("hi\u001b[0m\r\n", _terminal.Raw.ToString());
    }

    [Fact]
    public void Control_characters_in_a_message_are_shown_inert()
    {
        var view = NewView();

        view.Print(StyledLine.Of("evil\u001b[2J\u0007\u009b text"));

        Assert.Empty(_terminal.UnknownControls);
        Assert.Equal(0, _terminal.Bells);
        Assert.Equal("evil\uFFFD[2J\uFFFD\uFFFD text", _terminal.Screen[0]);
        Assert.Equal("alice> ", _terminal.Screen[1] + " ");
    }

    [Fact]
    public void The_bell_rings_only_when_asked()
    {
        var view = NewView();
        view.Print(StyledLine.Of("x"));
        Assert.Equal(0, _terminal.Bells);

        view.Bell();

        Assert.Equal(1, _terminal.Bells);
    }

    [Fact]
    public void Tab_completes_commands_then_lists_the_candidates_on_a_second_tab()
    {
        var view = NewView();
        Type(view, "/wh");

        view.HandleKey(Keys.Tab);
        Assert.Equal("/who", view.Editor.Text);
        Assert.Equal(EditOutcome.ShowCandidates, view.HandleKey(Keys.Tab));

        Assert.Equal(["/whoelse  /wholast", "alice> /who"], _terminal.Screen);
    }

    [Fact]
    public void Tab_completes_online_names_in_a_recipient_list()
    {
        var view = NewView(null, "Alice", "bob", "carol");
        Type(view, "/msg bob,CA");

        view.HandleKey(Keys.Tab);

        Assert.Equal("/msg bob,carol ", view.Editor.Text);
        Assert.Equal("alice> /msg bob,carol", _terminal.Screen[0]);
    }

    [Fact]
    public void Clear_screen_leaves_only_the_prompt_and_the_input()
    {
        var view = NewView();
        view.Print(StyledLine.Of("old"));
        Type(view, "draft");

        Assert.Equal(EditOutcome.ClearScreen, view.HandleKey(Keys.Ctrl('L')));

        Assert.Equal(["alice> draft"], _terminal.Screen);
    }
}
