namespace ActorChat.Client.Cli.Options;

/// <summary>When the console uses colours.</summary>
internal enum ColorMode
{
    /// <summary>On a terminal, unless <c>NO_COLOR</c> is set.</summary>
    Auto,
    /// <summary>Always (still never in script mode).</summary>
    On,
    /// <summary>Never.</summary>
    Off,
}
