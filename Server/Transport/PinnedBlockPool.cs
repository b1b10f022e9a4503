using System.Buffers;
using System.Collections.Concurrent;

namespace ActorChat.Server.Transport;

/// <summary>
/// The transport's buffer memory: 4 KiB blocks on the pinned object heap, reused through a free list, so a line on
/// its way to or from a socket costs no allocation and no GC work once the pool has grown to the traffic.
/// </summary>
/// <remarks>
/// <para>Kestrel's socket transport, used without its web host, otherwise gets <c>MemoryPool&lt;byte&gt;.Shared</c>
/// (the shared <c>ArrayPool</c>): that pool keeps a few dozen arrays per core, so with a thousand connections sending
/// it allocated a fresh 4 KiB array for most pipe segments, and those arrays lived across the socket send, into the
/// older GC generations. This is the pool Kestrel's own host uses, in small.</para>
/// <para>Free blocks that no rent needed during a whole <see cref="Trim"/> period (the free list's low-water mark) are
/// released, so a burst does not hold its peak of buffers for good; a pool in use keeps what it uses.</para>
/// </remarks>
internal sealed class PinnedBlockPool : MemoryPool<byte>
{
    /// <summary>The size of every block: one page, what the pipes ask for.</summary>
    public const int BlockSize = 4096;

    private readonly ConcurrentQueue<Block> _free = new();
    private readonly Timer? _trimTimer;
    private int _freeCount;
    private int _lowWater;
    private volatile bool _disposed;

    /// <summary>A pool that trims itself every <paramref name="trimPeriod"/> (never, when null).</summary>
    public PinnedBlockPool(TimeSpan? trimPeriod)
    {
        if (trimPeriod is { } period)
            _trimTimer = new Timer(static pool => ((PinnedBlockPool)pool!).Trim(), this, period, period);
    }

    /// <inheritdoc />
    public override int MaxBufferSize => BlockSize;

    /// <summary>Blocks allocated and currently free in the pool.</summary>
    public int FreeBlocks => Volatile.Read(ref _freeCount);

    /// <inheritdoc />
    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, BlockSize);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_free.TryDequeue(out var block))
        {
            var left = Interlocked.Decrement(ref _freeCount);
            // Racy on purpose: an approximate low-water mark only makes a trim keep a block more or less.
            if (left < _lowWater) _lowWater = left;
            return block;
        }
        _lowWater = 0;
        return new Block(this);
    }

    /// <summary>
    /// Releases (to the GC) the free blocks that stayed free since the previous trim, and starts a new period.
    /// Returns how many were released.
    /// </summary>
    public int Trim()
    {
        var released = Release(Math.Min(Volatile.Read(ref _lowWater), Volatile.Read(ref _freeCount)));
        _lowWater = Volatile.Read(ref _freeCount);
        return released;
    }

    /// <summary>
    /// Releases (to the GC) every free block now, however recently used, and returns how many: for a quiet server
    /// about to compact its heap. Left to <see cref="Trim"/>, the blocks a burst left free would go only after that
    /// collection, as garbage that a quiet server, allocating next to nothing, does not collect while it stays quiet.
    /// </summary>
    public int ReleaseFree()
    {
        var released = Release(int.MaxValue);
        _lowWater = 0;
        return released;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        _trimTimer?.Dispose();
        Release(int.MaxValue);
    }

    private int Release(int count)
    {
        var released = 0;
        while (released < count && _free.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _freeCount);
            released++;
        }
        return released;
    }

    private void Return(Block block)
    {
        if (_disposed) return;
        _free.Enqueue(block);
        Interlocked.Increment(ref _freeCount);
    }

    /// <summary>One block; disposing it returns it to its pool (the pipes dispose each segment once).</summary>
    private sealed class Block(PinnedBlockPool pool) : IMemoryOwner<byte>
    {
        public Memory<byte> Memory { get; } = GC.AllocateUninitializedArray<byte>(BlockSize, pinned: true);

        public void Dispose() => pool.Return(this);
    }
}
