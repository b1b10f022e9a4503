using System.Diagnostics;
using System.Runtime;
using ActorChat.Actors;
using ActorChat.Server.Logging;
using ActorChat.Server.Transport;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Memory;

/// <summary>
/// Checks every <c>period</c> how much the process allocated, and runs one full compacting collection (large
/// object heap included) when <see cref="QuietCompactionPolicy"/> says a burst is over, after the mailboxes let go
/// of the rings they kept for their next burst and the transport of its free buffers, so the heap the burst grew
/// goes back to the operating system. The <c>compact-when-quiet</c> setting.
/// </summary>
internal sealed class QuietCompaction : IAsyncDisposable
{
    private readonly QuietCompactionPolicy _policy = new(GC.GetTotalAllocatedBytes());
    private readonly PinnedBlockPoolFactory _transportMemory;
    private readonly PeriodicTimer _timer;
    private readonly ILogger _log;
    private readonly Task _checking;

    /// <summary>
    /// Starts checking every <paramref name="period"/>; each compaction first empties the free lists of
    /// <paramref name="transportMemory"/>.
    /// </summary>
    public QuietCompaction(TimeSpan period, PinnedBlockPoolFactory transportMemory, ILogger log)
    {
        _transportMemory = transportMemory;
        _log = log;
        _timer = new PeriodicTimer(period);
        _checking = CheckAsync();
    }

    /// <summary>Stops checking; a compaction under way finishes first.</summary>
    public async ValueTask DisposeAsync()
    {
        _timer.Dispose();
        await _checking.ConfigureAwait(false);
    }

    private async Task CheckAsync()
    {
        // Ticks do not overlap: a long compaction delays the next check rather than running beside it.
        while (await _timer.WaitForNextTickAsync().ConfigureAwait(false))
        {
            if (_policy.ShouldCompact(GC.GetTotalAllocatedBytes())) Compact();
        }
    }

    /// <summary>One compaction, now: what a check runs once the policy says so.</summary>
    internal void Compact()
    {
        var before = GC.GetTotalMemory(forceFullCollection: false);
        var started = Stopwatch.GetTimestamp();
        // Mailboxes keep the big ring of their last burst for the next one: let this collection take them. The
        // transport's free buffers too: their trim would drop them only after it, as garbage that a quiet server does
        // not collect (40 of the 127 MiB an idle server grew by in 10,000 logins; docs/benchmarks.md).
        MailboxMemory.ReleaseSpareRings();
        OutboundBuffer.ReleaseFreeRings();
        _transportMemory.ReleaseFreeBlocks();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        // Aggressive, not Forced: a forced collection leaves committed the free space the GC keeps to serve the
        // allocations it expects next, sized by the burst: 2 to 3 KiB per idle connection after 10,000 logins
        // (docs/benchmarks.md, "MSG text kept in UTF-8, and an aggressive compaction when quiet").
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var elapsed = Stopwatch.GetElapsedTime(started);
        ServerLog.CompactedWhenQuiet(_log, elapsed.TotalMilliseconds, before, GC.GetTotalMemory(forceFullCollection: false));
    }
}
