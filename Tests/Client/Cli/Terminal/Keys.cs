namespace ActorChat.Tests.Client.Cli.Terminal;

/// <summary>Key presses as the console would report them.</summary>
internal static class Keys
{
    public static ConsoleKeyInfo Enter => new('\r', ConsoleKey.Enter, false, false, false);
    public static ConsoleKeyInfo Tab => new('\t', ConsoleKey.Tab, false, false, false);
    public static ConsoleKeyInfo Backspace => new('\b', ConsoleKey.Backspace, false, false, false);
    public static ConsoleKeyInfo Delete => new('\0', ConsoleKey.Delete, false, false, false);
    public static ConsoleKeyInfo Left => new('\0', ConsoleKey.LeftArrow, false, false, false);
    public static ConsoleKeyInfo Right => new('\0', ConsoleKey.RightArrow, false, false, false);
    public static ConsoleKeyInfo Up => new('\0', ConsoleKey.UpArrow, false, false, false);
    public static ConsoleKeyInfo Down => new('\0', ConsoleKey.DownArrow, false, false, false);
    public static ConsoleKeyInfo Home => new('\0', ConsoleKey.Home, false, false, false);
    public static ConsoleKeyInfo End => new('\0', ConsoleKey.End, false, false, false);

    public static ConsoleKeyInfo Ctrl(char letter) =>
        new((char)(letter - 'A' + 1), (ConsoleKey)letter, false, false, true);

    public static ConsoleKeyInfo Char(char ch)
    {
        var key = char.IsAsciiLetter(ch) ? (ConsoleKey)char.ToUpperInvariant(ch) : default;
        return new ConsoleKeyInfo(ch, key, char.IsAsciiLetterUpper(ch), false, false);
    }
}
