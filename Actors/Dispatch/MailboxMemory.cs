namespace ActorChat.Actors;

/// <summary>Memory the kernel's mailboxes keep for reuse, and the way to give it back.</summary>
public static class MailboxMemory
{
    /// <summary>
    /// Drops the big queue ring that every mailbox drained after a burst keeps for its next burst, so that the next
    /// garbage collection can take them. Meant for a process that has gone quiet after a burst (the chat server calls
    /// it just before its <c>compact-when-quiet</c> collection); a mailbox that gets a burst afterwards grows again.
    /// </summary>
    public static void ReleaseSpareRings() => ShrinkingConcurrentQueue<Envelope>.ReleaseSpareRings();
}
