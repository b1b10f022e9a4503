namespace ActorChat.Client.Cli.Output;

/// <summary>
/// What an <c>UNPAIRED &lt;name&gt;</c> ends: the server sends the same line when a pair ends and when a pending
/// request is withdrawn, so only what the client knows of its pairing tells them apart.
/// </summary>
internal enum PairEnding
{
    /// <summary>The pair with that name.</summary>
    Pair,

    /// <summary>This client's own request to that name (after <c>/unpair</c>).</summary>
    OwnRequest,

    /// <summary>That name's request to this client (it withdrew it, or left); a pair with someone else goes on.</summary>
    TheirRequest,
}
