using System.Buffers;
using Microsoft.AspNetCore.Connections;

namespace ActorChat.Server.Transport;

/// <summary>
/// Gives the socket transport <see cref="PinnedBlockPool"/>s (one per I/O queue, as the transport asks) and disposes
/// them, with their trim timers, when the server stops.
/// </summary>
internal sealed class PinnedBlockPoolFactory(TimeSpan trimPeriod) : IMemoryPoolFactory<byte>, IDisposable
{
    private readonly List<PinnedBlockPool> _pools = [];

    /// <inheritdoc />
    public MemoryPool<byte> Create(MemoryPoolOptions? options = null)
    {
        var pool = new PinnedBlockPool(trimPeriod);
        lock (_pools) _pools.Add(pool);
        return pool;
    }

    /// <summary>Releases every free block of every pool (<see cref="PinnedBlockPool.ReleaseFree"/>); returns how many.</summary>
    public int ReleaseFreeBlocks()
    {
        lock (_pools) return _pools.Sum(pool => pool.ReleaseFree());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_pools)
        {
            foreach (var pool in _pools) pool.Dispose();
            _pools.Clear();
        }
    }
}
