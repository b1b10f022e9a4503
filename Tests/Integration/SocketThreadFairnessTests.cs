using System.Text;

namespace ActorChat.Tests.Integration;

/// <summary>
/// The server program reads, handles and answers a line on the socket thread it arrived on, a thread shared by many
/// connections: one client must not keep that thread to itself.
/// </summary>
public sealed class SocketThreadFairnessTests
{
    private const int Pairs = 6;

    [Fact]
    public async Task A_client_that_never_stops_sending_does_not_keep_the_others_from_being_served()
    {
        using var process = ServerProcess.Start(ServerProcess.OnFreePort(TestServer.NewDataDir(),
            "--set", "actorchat.server.max-lines-per-second=100000000"));
        using var stop = new CancellationTokenSource();
        try
        {
            var endPoint = await ServerProcess.ReadListeningEndPointAsync(process);
            await using var flooder = await ChatTestClient.LoginAsync(endPoint, "flooder");
            var flooding = FloodAsync(flooder, stop.Token);

            // Enough connections that some share the flooder's socket thread, whichever the runtime gives each.
            var senders = new List<ChatTestClient>();
            var receivers = new List<ChatTestClient>();
            for (var i = 0; i < Pairs; i++)
            {
                senders.Add(await ChatTestClient.LoginAsync(endPoint, $"a{i}"));
                receivers.Add(await ChatTestClient.LoginAsync(endPoint, $"b{i}"));
            }
            for (var i = 0; i < Pairs; i++) await senders[i].SendAsync($"MSG b{i} hello from a{i}");
            for (var i = 0; i < Pairs; i++)
                Assert.Equal($"MSG a{i} hello from a{i}", await receivers[i].FishAsync(line => line.StartsWith("MSG ")));

            Assert.False(flooding.IsCompleted, "the flood ended early: " + flooding.Exception?.InnerException?.Message);
            stop.Cancel();
            await flooding;
            foreach (var client in senders.Concat(receivers)) await client.DisposeAsync();
        }
        finally
        {
            stop.Cancel();
            if (!process.HasExited) process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Sends PING lines as fast as the socket takes them, reading and dropping the answers, until stopped.</summary>
    private static Task FloodAsync(ChatTestClient flooder, CancellationToken stop)
    {
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("PING x\n", 8192)));
        var sending = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) await flooder.Socket.SendAsync(chunk, stop);
        });
        var reading = Task.Run(async () =>
        {
            var buffer = new byte[64 * 1024];
            while (!stop.IsCancellationRequested && await flooder.Socket.ReceiveAsync(buffer, stop) > 0)
            {
            }
        });
        return WhenStoppedAsync(Task.WhenAll(sending, reading));
    }

    private static async Task WhenStoppedAsync(Task flood)
    {
        try
        {
            await flood;
        }
        catch (OperationCanceledException)
        {
        }
    }
}
