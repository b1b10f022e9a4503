namespace ActorChat.Client.Cli.Output;

/// <summary>Maps a <see cref="Style"/> to an ANSI SGR sequence, or to nothing when colours are off.</summary>
internal sealed class Theme
{
    /// <summary>Resets all attributes.</summary>
    public const string Reset = "\u001b[0m";

    private readonly string[] _codes;

    private Theme(string[] codes) => _codes = codes;

    /// <summary>True when the theme emits colour sequences.</summary>
    public bool UsesColor => Array.Exists(_codes, code => code.Length > 0);

    /// <summary>No colours at all: nothing but the text is written.</summary>
    public static Theme None { get; } = new(new string[Enum.GetValues<Style>().Length].Select(_ => "").ToArray());

    /// <summary>The default colours, readable on dark and light backgrounds.</summary>
    public static Theme Default { get; } = new(Build());

    /// <summary>The SGR sequence that starts a style ("" for plain text or when colours are off).</summary>
    public string Start(Style style) => _codes[(int)style];

    private static string[] Build()
    {
        var codes = new string[Enum.GetValues<Style>().Length];
        Array.Fill(codes, "");
        codes[(int)Style.Time] = "\u001b[2m";        // dim
        codes[(int)Style.Name] = "\u001b[1;36m";     // bold cyan
        codes[(int)Style.Self] = "\u001b[1;32m";     // bold green
        codes[(int)Style.Direct] = "\u001b[1;35m";   // bold magenta
        codes[(int)Style.Broadcast] = "\u001b[33m";  // yellow
        codes[(int)Style.Pair] = "\u001b[34m";       // blue
        codes[(int)Style.Info] = "\u001b[2;37m";     // dim
        codes[(int)Style.Error] = "\u001b[1;31m";    // bold red
        codes[(int)Style.Hint] = "\u001b[33m";       // yellow
        codes[(int)Style.Prompt] = "\u001b[1m";      // bold
        return codes;
    }
}
