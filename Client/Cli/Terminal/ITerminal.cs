namespace ActorChat.Client.Cli.Terminal;

/// <summary>
/// The few things the console view needs from a terminal, so that a fake one can stand in for it in tests.
/// Output is raw text that may contain ANSI/VT control sequences; the terminal wraps at <see cref="Width"/>.
/// </summary>
internal interface ITerminal
{
    /// <summary>Columns of the terminal now (it may be resized at any time).</summary>
    int Width { get; }

    /// <summary>Writes raw text, control sequences included, and flushes it.</summary>
    void Write(string text);

    /// <summary>Blocks until the person presses a key; the key is not echoed.</summary>
    ConsoleKeyInfo ReadKey();
}
