using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ActorChat.Server.Transport;

namespace ActorChat.Tests.Server.Transport;

/// <summary>A burst of pool blocks, rented at once and returned, seen afterwards only through weak references.</summary>
internal static class BlockBurst
{
    /// <summary>Rents <paramref name="count"/> blocks at once and returns them: weak references to their arrays.</summary>
    // Not inlined, so that no local of the caller keeps a block alive, not even in a Debug build.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static List<WeakReference> RentAndReturn(PinnedBlockPool pool, int count)
    {
        var blocks = Enumerable.Range(0, count).Select(_ => pool.Rent()).ToList();
        var arrays = new List<WeakReference>();
        foreach (var block in blocks)
        {
            Assert.True(MemoryMarshal.TryGetArray<byte>(block.Memory, out var array));
            arrays.Add(new WeakReference(array.Array));
            block.Dispose();
        }
        return arrays;
    }
}
