namespace ActorChat.Tests.Server.Storage.Sqlite;

public sealed class SqliteChatStoreRaceTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Concurrent_readers_see_only_committed_messages_in_order_while_the_writer_writes()
    {
        await using var store = _dir.Open();
        using var done = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 150; i++)
            {
                await store.AppendMessageAsync($"w{w}", "bob", T0, $"{w}:{i}", delivered: false);
            }
        })).ToArray();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            while (!done.IsCancellationRequested || reads == 0)
            {
                var inbox = await store.GetInboxAsync("bob", 100);
                Assert.Equal(inbox.Select(m => m.Id).Order(), inbox.Select(m => m.Id));
                foreach (var sender in inbox.GroupBy(m => m.From))
                {
                    // Each writer awaited every append before the next: its messages in the window are an unbroken run.
                    var numbers = sender.Select(m => int.Parse(m.Text.Split(':')[1])).ToArray();
                    Assert.Equal(Enumerable.Range(numbers[0], numbers.Length), numbers);
                }

                reads++;
                await Task.Yield();
            }

            return reads;
        })).ToArray();

        await Task.WhenAll(writers);
        done.Cancel();
        await Task.WhenAll(readers);

        Assert.Equal(600, (await store.GetUndeliveredAsync("bob")).Count);
    }

    [Fact]
    public async Task A_write_racing_dispose_either_commits_or_is_refused_never_lost_or_hung()
    {
        var store = _dir.Open();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var accepted = new System.Collections.Concurrent.ConcurrentBag<Task<long>>();
        var appenders = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; ; i++)
            {
                try
                {
                    accepted.Add(store.AppendMessageAsync($"w{w}", "bob", T0, $"{i}", delivered: false));
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                if (i == 100)
                {
                    started.TrySetResult();
                }
            }
        })).ToArray();

        await started.Task;
        await store.DisposeAsync();
        await Task.WhenAll(appenders);

        var ids = await Task.WhenAll(accepted);
        using var connection = _dir.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM messages";
        Assert.Equal(ids.Length, Convert.ToInt32(command.ExecuteScalar()));
    }
}
