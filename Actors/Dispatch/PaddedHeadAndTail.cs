using System.Runtime.InteropServices;

namespace ActorChat.Actors;

/// <summary>A segment's consumer and producer positions, a cache line apart from each other and from their neighbours.</summary>
/// <remarks>
/// The consumer moves <see cref="Head"/> on every dequeue and producers move <see cref="Tail"/> on every enqueue: on one
/// line each would invalidate the other core's copy (false sharing). 64 bytes rather than the 128 that
/// <c>ConcurrentQueue</c> uses (for the adjacent-line prefetcher), because every actor holds one of these while idle.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = 3 * CacheLine)]
internal struct PaddedHeadAndTail
{
    private const int CacheLine = 64;

    [FieldOffset(CacheLine)]
    public long Head;

    [FieldOffset(2 * CacheLine)]
    public long Tail;
}
