namespace ActorChat.Server.Storage;

/// <summary>
/// What the chat server keeps across restarts: names that ever logged in, last-seen times, blocks and direct
/// messages. Writes are applied in the order they are issued and each write's task completes only once the write
/// is durable (committed); a read sees every write whose task completed before the read began.
/// </summary>
/// <remarks>
/// Names compare case-insensitively (ASCII, as the protocol's name rule allows only ASCII). Times are UTC and kept
/// to the millisecond. Implementations are safe to call from any thread.
/// </remarks>
public interface IChatStore : IAsyncDisposable
{
    /// <summary>
    /// Records a successful login: remembers the name if it was never seen (in the case given) and sets its
    /// last-seen time. Completes with the name in the case in which it was first recorded.
    /// </summary>
    Task<string> RecordLoginAsync(string name, DateTimeOffset at);

    /// <summary>The name in the case in which it first logged in, or null if it never did.</summary>
    Task<string?> FindNameAsync(string name);

    /// <summary>
    /// Moves the last-seen time of a known name forward to <paramref name="at"/> (logout, or a periodic touch of
    /// those online). Never moves it back; does nothing for a name that never logged in.
    /// </summary>
    Task SetLastSeenAsync(string name, DateTimeOffset at);

    /// <summary>Names (first-recorded case) whose last-seen time is at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<string>> NamesSeenSinceAsync(DateTimeOffset since);

    /// <summary>Makes <paramref name="blocker"/> block <paramref name="blocked"/>; blocking twice is one block.</summary>
    Task AddBlockAsync(string blocker, string blocked);

    /// <summary>Lifts a block; lifting one that does not exist does nothing.</summary>
    Task RemoveBlockAsync(string blocker, string blocked);

    /// <summary>Every name <paramref name="blocker"/> blocks, in the case given when blocking, sorted.</summary>
    Task<IReadOnlyList<string>> GetBlocksAsync(string blocker);

    /// <summary>Whether <paramref name="blocker"/> blocks <paramref name="blocked"/>.</summary>
    Task<bool> IsBlockedAsync(string blocker, string blocked);

    /// <summary>
    /// Stores one direct message to one recipient. Completes with the message's id (increasing in append order)
    /// only after the message is committed: for an offline recipient, answer <c>QUEUED</c> after this completes.
    /// </summary>
    Task<long> AppendMessageAsync(string from, string to, DateTimeOffset sentAt, string text, bool delivered);

    /// <summary>
    /// Queues a message delivered live as history (stored as delivered, for <c>INBOX</c>) without waiting for it:
    /// it is committed behind the live path, in id order with every other message. Returns false and stores nothing
    /// when the store's history is too far behind (see <see cref="StoreOptions.MaxPendingHistory"/>); otherwise
    /// <paramref name="id"/> is the message's id, usable with <see cref="MarkUndeliveredAsync"/> at once (the mark
    /// is applied after the row). <paramref name="utf8Text"/> is read when the row is committed: it must not change.
    /// </summary>
    bool TryAppendHistory(string from, string to, DateTimeOffset sentAt, ReadOnlyMemory<byte> utf8Text, out long id);

    /// <summary>
    /// Undelivered messages to <paramref name="recipient"/> with an id above <paramref name="afterId"/>, oldest
    /// first, at most <paramref name="maxCount"/> of them (page with the last id returned).
    /// </summary>
    Task<IReadOnlyList<StoredMessage>> GetUndeliveredAsync(string recipient, long afterId = 0, int maxCount = int.MaxValue);

    /// <summary>Marks messages delivered; ids already delivered or unknown are ignored.</summary>
    Task MarkDeliveredAsync(IReadOnlyCollection<long> ids);

    /// <summary>
    /// Marks messages undelivered again, so they are delivered at the recipient's next login: for messages stored
    /// as delivered whose connection dropped them (a slow consumer). Unknown ids are ignored.
    /// </summary>
    Task MarkUndeliveredAsync(IReadOnlyCollection<long> ids);

    /// <summary>
    /// The last <paramref name="count"/> messages (at most <see cref="StoreLimits.MaxInboxCount"/>) sent to or by
    /// <paramref name="name"/>, delivered or not, oldest first, each once; history queued before the call included,
    /// delivered messages past the history retention not.
    /// </summary>
    Task<IReadOnlyList<StoredMessage>> GetInboxAsync(string name, int count);

    /// <summary>
    /// Deletes delivered messages older than the configured history retention (none when retention is 0) and
    /// completes with how many were deleted. Undelivered messages are kept until delivered: they were promised.
    /// </summary>
    Task<int> PurgeHistoryAsync();

    /// <summary>Completes once every write issued before it is committed and on disk.</summary>
    Task FlushAsync();
}
