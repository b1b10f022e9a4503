using System.Threading.Channels;
using ActorChat.Server.Storage.Sqlite;

namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class RequestWaitTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void A_timed_wait_on_an_empty_queue_returns_true_when_its_limit_passes()
    {
        var queue = Channel.CreateUnbounded<IWriteRequest>();
        var wait = new RequestWait();

        Assert.True(wait.Wait(queue.Reader, Short));
        Assert.False(queue.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_write_after_timed_out_waits_ends_the_next_untimed_wait()
    {
        var queue = Channel.CreateUnbounded<IWriteRequest>();
        var wait = new RequestWait();
        Assert.True(wait.Wait(queue.Reader, Short));
        Assert.True(wait.Wait(queue.Reader, Short));

        var waiting = Task.Factory.StartNew(() => wait.Wait(queue.Reader, null), TaskCreationOptions.LongRunning);
        Assert.True(queue.Writer.TryWrite(HistoryWake.Instance));

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(queue.Reader.TryRead(out _));
    }

    [Fact]
    public void A_wait_after_the_queue_is_closed_and_empty_returns_false_even_after_a_timed_out_wait()
    {
        var queue = Channel.CreateUnbounded<IWriteRequest>();
        var wait = new RequestWait();
        Assert.True(wait.Wait(queue.Reader, Short));

        queue.Writer.Complete();

        Assert.False(wait.Wait(queue.Reader, null));
    }

    [Fact]
    public void Requests_queued_before_the_close_are_still_reported_before_the_end()
    {
        var queue = Channel.CreateUnbounded<IWriteRequest>();
        var wait = new RequestWait();
        Assert.True(wait.Wait(queue.Reader, Short));
        Assert.True(queue.Writer.TryWrite(HistoryWake.Instance));
        queue.Writer.Complete();

        Assert.True(wait.Wait(queue.Reader, Short));
        Assert.True(queue.Reader.TryRead(out _));
        Assert.False(wait.Wait(queue.Reader, null));
    }
}
