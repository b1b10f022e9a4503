namespace ActorChat.Server.Storage;

/// <summary>Limits every <see cref="IChatStore"/> applies, whatever it is configured with.</summary>
public static class StoreLimits
{
    /// <summary>INBOX returns at most this many messages; larger counts are treated as this.</summary>
    public const int MaxInboxCount = 500;
}
