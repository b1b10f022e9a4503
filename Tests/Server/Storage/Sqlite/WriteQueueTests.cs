using System.Text;
using ActorChat.Server.Storage.Sqlite;

namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class WriteQueueTests
{
    [Fact]
    public void History_rows_beyond_the_limit_are_refused_and_counted_until_the_writer_takes_the_waiting_ones()
    {
        var queue = new WriteQueue(lastId: 41, historyLimit: 2);

        Assert.True(queue.TryAddHistory("a", "b", 1, Encoding.UTF8.GetBytes("one"), out var one));
        Assert.True(queue.TryAddHistory("a", "b", 2, Encoding.UTF8.GetBytes("two"), out var two));
        Assert.False(queue.TryAddHistory("a", "b", 3, Encoding.UTF8.GetBytes("three"), out var refused));
        Assert.Equal((42L, 43L, 0L), (one, two, refused));
        Assert.Equal(1, queue.HistoryRefused);

        var rows = new List<HistoryRow>();
        Assert.Equal(1, queue.TakeHistory(ref rows));
        Assert.Equal(["one", "two"], rows.Select(r => Encoding.UTF8.GetString(r.Utf8Text.Span)));

        // Room again; the refused row took no id.
        Assert.True(queue.TryAddHistory("a", "b", 4, Encoding.UTF8.GetBytes("four"), out var four));
        Assert.Equal(44, four);
        var next = new List<HistoryRow>();
        Assert.Equal(0, queue.TakeHistory(ref next));
        Assert.Equal("four", Encoding.UTF8.GetString(Assert.Single(next).Utf8Text.Span));
    }

    [Fact]
    public void The_writer_is_woken_once_per_run_of_history_rows()
    {
        var queue = new WriteQueue(lastId: 0, historyLimit: 10);
        queue.TryAddHistory("a", "b", 1, Encoding.UTF8.GetBytes("one"), out _);
        queue.TryAddHistory("a", "b", 2, Encoding.UTF8.GetBytes("two"), out _);

        Assert.True(queue.Requests.TryRead(out var wake));
        Assert.Same(HistoryWake.Instance, wake);
        Assert.False(queue.Requests.TryRead(out _));

        var rows = new List<HistoryRow>();
        queue.TakeHistory(ref rows);
        queue.TryAddHistory("a", "b", 3, Encoding.UTF8.GetBytes("three"), out _);
        Assert.True(queue.Requests.TryRead(out _));
    }

    [Fact]
    public void After_a_take_with_a_threshold_the_writer_is_woken_only_by_that_many_rows_or_when_it_asks()
    {
        var queue = new WriteQueue(lastId: 0, historyLimit: 100);
        var rows = new List<HistoryRow>();
        queue.TakeHistory(ref rows, wakeAt: 3);

        queue.TryAddHistory("a", "b", 1, Encoding.UTF8.GetBytes("one"), out _);
        queue.TryAddHistory("a", "b", 2, Encoding.UTF8.GetBytes("two"), out _);
        Assert.False(queue.Requests.TryRead(out _));
        queue.TryAddHistory("a", "b", 3, Encoding.UTF8.GetBytes("three"), out _);
        Assert.True(queue.Requests.TryRead(out _));

        rows.Clear();
        queue.TakeHistory(ref rows, wakeAt: 3);
        queue.TryAddHistory("a", "b", 4, Encoding.UTF8.GetBytes("four"), out _);
        Assert.False(queue.Requests.TryRead(out _));
        // The writer is about to wait with nothing of its own to come back for: a row waiting wakes it at once.
        queue.WakeAtNextHistory();
        Assert.True(queue.Requests.TryRead(out _));
        queue.WakeAtNextHistory();
        Assert.False(queue.Requests.TryRead(out _));
    }

    [Fact]
    public void A_completed_queue_refuses_everything_with_an_error()
    {
        var queue = new WriteQueue(lastId: 0, historyLimit: 10);
        queue.Complete();

        Assert.Throws<ObjectDisposedException>(() => queue.TryAddHistory("a", "b", 1, Encoding.UTF8.GetBytes("late"), out _));
        Assert.Throws<ObjectDisposedException>(() => queue.Enqueue(HistoryWake.Instance));
    }
}
