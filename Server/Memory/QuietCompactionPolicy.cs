namespace ActorChat.Server.Memory;

/// <summary>
/// When a quiet server should compact its heap: once it has allocated at least <see cref="BurstBytes"/> since the last
/// compaction, at the first check that finds less than <see cref="QuietBytes"/> allocated since the check before.
/// </summary>
/// <remarks>
/// A burst (a login storm with presence on sends tens of millions of lines) grows the heap, and the GC then keeps most
/// of it: an idle server would hold it for good. A busy server is never interrupted by this, and a quiet one that
/// allocated little since its last compaction has nothing worth returning. Not thread-safe: one caller, the timer.
/// </remarks>
internal sealed class QuietCompactionPolicy
{
    /// <summary>Allocated bytes since the last compaction that make the next quiet check compact.</summary>
    public const long DefaultBurstBytes = 64L * 1024 * 1024;

    /// <summary>Fewer allocated bytes than this between two checks mean the server is quiet.</summary>
    public const long DefaultQuietBytes = 256L * 1024;

    private long _atLastCompaction;
    private long _atLastCheck;

    /// <summary>A policy whose counting starts at <paramref name="allocatedNow"/> (the process's total so far).</summary>
    public QuietCompactionPolicy(long allocatedNow, long burstBytes = DefaultBurstBytes, long quietBytes = DefaultQuietBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(burstBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(quietBytes, 1);
        BurstBytes = burstBytes;
        QuietBytes = quietBytes;
        _atLastCompaction = _atLastCheck = allocatedNow;
    }

    public long BurstBytes { get; }

    public long QuietBytes { get; }

    /// <summary>
    /// One periodic check, given the bytes the process has allocated in all so far: true when a compaction should
    /// run now (the policy then counts the next burst from here).
    /// </summary>
    public bool ShouldCompact(long allocatedNow)
    {
        var sinceCheck = allocatedNow - _atLastCheck;
        _atLastCheck = allocatedNow;
        if (allocatedNow - _atLastCompaction < BurstBytes || sinceCheck >= QuietBytes) return false;
        _atLastCompaction = allocatedNow;
        return true;
    }
}
