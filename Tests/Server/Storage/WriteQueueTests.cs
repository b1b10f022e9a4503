using ActorChat.Server.Storage.Sqlite;

namespace ActorChat.Tests.Server.Storage;

public sealed class WriteQueueTests
{
    [Fact]
    public void History_rows_beyond_the_limit_are_refused_and_counted_until_the_writer_takes_the_waiting_ones()
    {
        var queue = new WriteQueue(lastId: 41, historyLimit: 2);

        Assert.True(queue.TryAddHistory("a", "b", 1, "one", out var one));
        Assert.True(queue.TryAddHistory("a", "b", 2, "two", out var two));
        Assert.False(queue.TryAddHistory("a", "b", 3, "three", out var refused));
        Assert.Equal((42L, 43L, 0L), (one, two, refused));
        Assert.Equal(1, queue.HistoryRefused);

        var rows = new List<HistoryRow>();
        Assert.Equal(1, queue.TakeHistory(ref rows));
        Assert.Equal(["one", "two"], rows.Select(r => r.Text));

        // Room again; the refused row took no id.
        Assert.True(queue.TryAddHistory("a", "b", 4, "four", out var four));
        Assert.Equal(44, four);
        var next = new List<HistoryRow>();
        Assert.Equal(0, queue.TakeHistory(ref next));
        Assert.Equal("four", Assert.Single(next).Text);
    }

    [Fact]
    public void The_writer_is_woken_once_per_run_of_history_rows()
    {
        var queue = new WriteQueue(lastId: 0, historyLimit: 10);
        queue.TryAddHistory("a", "b", 1, "one", out _);
        queue.TryAddHistory("a", "b", 2, "two", out _);

        Assert.True(queue.Requests.TryRead(out var wake));
        Assert.Same(HistoryWake.Instance, wake);
        Assert.False(queue.Requests.TryRead(out _));

        var rows = new List<HistoryRow>();
        queue.TakeHistory(ref rows);
        queue.TryAddHistory("a", "b", 3, "three", out _);
        Assert.True(queue.Requests.TryRead(out _));
    }

    [Fact]
    public void A_completed_queue_refuses_everything_with_an_error()
    {
        var queue = new WriteQueue(lastId: 0, historyLimit: 10);
        queue.Complete();

        Assert.Throws<ObjectDisposedException>(() => queue.TryAddHistory("a", "b", 1, "late", out _));
        Assert.Throws<ObjectDisposedException>(() => queue.Enqueue(HistoryWake.Instance));
    }
}
