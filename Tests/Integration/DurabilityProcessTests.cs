using System.Diagnostics;
using ActorChat.Server.Storage;

namespace ActorChat.Tests.Integration;

/// <summary>The store as the server program uses it: survives kill -9, and refuses an unusable data-dir at start-up.</summary>
public sealed class DurabilityProcessTests
{
    private const int Count = 50;

    [Fact]
    public async Task Messages_answered_QUEUED_survive_a_SIGKILL_and_are_delivered_after_a_restart()
    {
        var dataDir = TestServer.NewDataDir();
        using (var first = StartServer(dataDir))
        {
            try
            {
                var endPoint = await ServerProcess.ReadListeningEndPointAsync(first);
                await StoreClients.SeenAsync(endPoint, "bob");
                await using var alice = await ChatTestClient.LoginAsync(endPoint, "alice");
                for (var i = 0; i < Count; i++) await alice.SendAsync($"MSG bob durable {i}");
                for (var i = 0; i < Count; i++) await alice.ExpectAsync("QUEUED bob");
            }
            finally
            {
                first.Kill(); // SIGKILL: no shutdown, no flush, the files left as they are.
                await first.WaitForExitAsync();
            }
        }

        using var second = StartServer(dataDir);
        try
        {
            var endPoint = await ServerProcess.ReadListeningEndPointAsync(second);
            await using var bob = await StoreClients.HelloAsync(endPoint, "bob");
            var offline = await bob.DrainAsync();
            Assert.Equal(Count, offline.Count);
            for (var i = 0; i < Count; i++) OfflineMessageTests.AssertOffline(offline[i], "alice", $"durable {i}");
        }
        finally
        {
            second.Kill();
            await second.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task A_corrupted_database_stops_the_program_at_start_up_with_status_1_and_says_why()
    {
        var dataDir = TestServer.NewDataDir();
        Directory.CreateDirectory(dataDir);
        await File.WriteAllBytesAsync(Path.Combine(dataDir, "actorchat.db"), Enumerable.Repeat((byte)0x5A, 8192).ToArray());

        var (status, stderr) = await ServerProcess.RunToExitAsync(StartServer(dataDir));
        Assert.Equal(1, status);
        Assert.Contains("cannot open the data directory", stderr);
        Assert.Contains("not an SQLite database", stderr);
    }

    [Fact]
    public async Task A_data_dir_that_cannot_be_created_stops_the_program_at_start_up_with_status_1()
    {
        var file = TestServer.NewDataDir();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "a file where the data-dir should be");

        var (status, stderr) = await ServerProcess.RunToExitAsync(StartServer(Path.Combine(file, "data")));
        Assert.Equal(1, status);
        Assert.Contains("cannot open the data directory", stderr);
    }

    [Fact]
    public async Task In_process_an_unusable_data_dir_fails_StartAsync_before_listening()
    {
        var file = TestServer.NewDataDir();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "not a directory");
        await Assert.ThrowsAsync<StoreUnavailableException>(() => TestServer.StartAsync(file, ""));
    }

    private static Process StartServer(string dataDir) =>
        ServerProcess.Start(ServerProcess.OnFreePort(dataDir));
}
