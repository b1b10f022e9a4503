using ActorChat.Server.Memory;
using ActorChat.Server.Transport;
using ActorChat.Tests.Server.Transport;
using Microsoft.Extensions.Logging;

namespace ActorChat.Tests.Server.Memory;

public sealed class QuietCompactionTests
{
    [Fact]
    public async Task A_compaction_gives_the_transport_buffers_a_burst_left_free_back_to_the_GC()
    {
        // Compacts at the first check that follows any allocation: the test decides when, not the machine's load.
        var policy = new QuietCompactionPolicy(GC.GetTotalAllocatedBytes(), burstBytes: 1, quietBytes: long.MaxValue);
        using var memory = new PinnedBlockPoolFactory(TimeSpan.FromHours(1));
        var pool = (PinnedBlockPool)memory.Create();
        using var stillRented = pool.Rent();
        var burst = BlockBurst.RentAndReturn(pool, 8);
        var log = new CompactionLog();

        await using (new QuietCompaction(TimeSpan.FromMilliseconds(10), memory, log, policy))
        {
            await log.Compacted.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(0, pool.FreeBlocks);
        // The compaction's own collection took them: no later collection was needed.
        Assert.DoesNotContain(burst, block => block.IsAlive);
        Assert.Equal(PinnedBlockPool.BlockSize, stillRented.Memory.Length);
    }

    /// <summary>Completes <see cref="Compacted"/> when the <c>compacted-when-quiet</c> event is logged.</summary>
    private sealed class CompactionLog : ILogger
    {
        private readonly TaskCompletionSource _compacted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Compacted => _compacted.Task;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name == "compacted-when-quiet") _compacted.TrySetResult();
        }
    }
}
