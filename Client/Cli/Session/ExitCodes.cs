namespace ActorChat.Client.Cli.Session;

/// <summary>The console client's exit statuses.</summary>
internal static class ExitCodes
{
    /// <summary>Left normally (<c>/quit</c>, <c>exit</c>, end of a script).</summary>
    public const int Ok = 0;

    /// <summary>Could not connect or log in.</summary>
    public const int CannotConnect = 2;

    /// <summary>The connection was lost (or the server closed it) and was not, or could not be, re-established.</summary>
    public const int ConnectionLost = 3;

    /// <summary>Bad command-line options or settings.</summary>
    public const int Usage = 64;
}
