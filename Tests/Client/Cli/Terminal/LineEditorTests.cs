using ActorChat.Client.Cli.Terminal;

namespace ActorChat.Tests.Client.Cli.Terminal;

public class LineEditorTests
{
    private readonly LineEditor _editor = new(new TabCompleter(["/msg", "/help"], () => ["bob"]), historyLimit: 3);

    private void Type(string text)
    {
        foreach (var ch in text) _editor.Handle(Keys.Char(ch));
    }

    private string Submit()
    {
        Assert.Equal(EditOutcome.Submitted, _editor.Handle(Keys.Enter));
        return _editor.Submitted;
    }

    [Fact]
    public void Editing_keys_move_the_cursor_and_change_the_text_where_it_is()
    {
        Type("hllo");
        _editor.Handle(Keys.Home);
        _editor.Handle(Keys.Right);
        Type("e");
        _editor.Handle(Keys.End);
        Type("!");
        _editor.Handle(Keys.Backspace);
        _editor.Handle(Keys.Left);
        _editor.Handle(Keys.Delete);

        Assert.Equal("hell", _editor.Text);
        Assert.Equal(4, _editor.Cursor);
    }

    [Fact]
    public void Ctrl_W_deletes_the_word_before_the_cursor_and_Ctrl_U_everything_before_it()
    {
        Type("/msg bob hello there");
        _editor.Handle(Keys.Ctrl('W'));
        Assert.Equal("/msg bob hello ", _editor.Text);

        _editor.Handle(Keys.Left);
        _editor.Handle(Keys.Ctrl('U'));
        Assert.Equal(" ", _editor.Text);
        Assert.Equal(0, _editor.Cursor);
    }

    [Fact]
    public void Ctrl_K_deletes_from_the_cursor_to_the_end()
    {
        Type("keep drop");
        for (var i = 0; i < 5; i++) _editor.Handle(Keys.Left);

        _editor.Handle(Keys.Ctrl('K'));

        Assert.Equal("keep", _editor.Text);
    }

    [Fact]
    public void Up_and_Down_walk_the_history_and_come_back_to_the_draft()
    {
        Type("first"); Submit();
        Type("second"); Submit();
        Type("draft");

        _editor.Handle(Keys.Up);
        Assert.Equal("second", _editor.Text);
        _editor.Handle(Keys.Up);
        Assert.Equal("first", _editor.Text);
        _editor.Handle(Keys.Up);
        Assert.Equal("first", _editor.Text);
        _editor.Handle(Keys.Down);
        _editor.Handle(Keys.Down);
        Assert.Equal("draft", _editor.Text);
    }

    [Fact]
    public void History_keeps_only_the_newest_lines_and_skips_repeats_and_blanks()
    {
        foreach (var line in new[] { "a", "b", "b", "  ", "c", "d" }) { Type(line); Submit(); }

        var seen = new List<string>();
        for (var i = 0; i < 5; i++) { _editor.Handle(Keys.Up); seen.Add(_editor.Text); }

        Assert.Equal(["d", "c", "b", "b", "b"], seen);
    }

    [Fact]
    public void Ctrl_D_quits_on_an_empty_line_and_deletes_otherwise()
    {
        Type("ab");
        _editor.Handle(Keys.Home);
        Assert.Equal(EditOutcome.Edited, _editor.Handle(Keys.Ctrl('D')));
        Assert.Equal("b", _editor.Text);

        _editor.Handle(Keys.Ctrl('D'));
        Assert.Equal(EditOutcome.Quit, _editor.Handle(Keys.Ctrl('D')));
    }

    [Fact]
    public void Ctrl_C_quits()
    {
        Type("half");
        Assert.Equal(EditOutcome.Quit, _editor.Handle(Keys.Ctrl('C')));
    }

    [Fact]
    public void A_surrogate_pair_typed_as_two_keys_becomes_one_character()
    {
        var smile = "😀";
        _editor.Handle(new ConsoleKeyInfo(smile[0], default, false, false, false));
        _editor.Handle(new ConsoleKeyInfo(smile[1], default, false, false, false));
        _editor.Handle(Keys.Backspace);
        Type("x");
        _editor.Handle(new ConsoleKeyInfo(smile[0], default, false, false, false));
        _editor.Handle(new ConsoleKeyInfo(smile[1], default, false, false, false));

        Assert.Equal("x" + smile, _editor.Text);
        Assert.Equal(2, _editor.Cursor);
    }

    [Fact]
    public void Tab_completes_a_unique_name_anywhere_but_a_first_word_starting_with_a_slash()
    {
        Type("hi b");
        _editor.Handle(Keys.Tab);
        Assert.Equal("hi bob ", _editor.Text);

        _editor.Handle(Keys.Ctrl('U'));
        Type("/h");
        _editor.Handle(Keys.Tab);
        Assert.Equal("/help ", _editor.Text);
    }

    [Fact]
    public void Tab_with_no_match_changes_nothing()
    {
        Type("/zz");
        Assert.Equal(EditOutcome.Edited, _editor.Handle(Keys.Tab));
        Assert.Equal(EditOutcome.Edited, _editor.Handle(Keys.Tab));
        Assert.Equal("/zz", _editor.Text);
    }
}
