using ActorChat.Server.Transport;

namespace ActorChat.Tests.Integration;

/// <summary>
/// The server program asks the runtime for one socket thread per two cores (with inline completions the runtime
/// would run one per core), unless its environment already says how many.
/// </summary>
public sealed class SocketThreadCountTests
{
    private const string ThreadCount = "DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT";

    [Fact]
    public async Task The_server_runs_one_socket_thread_per_two_cores()
    {
        if (!OperatingSystem.IsLinux()) return;
        var expected = TransportOptions.SocketThreadsFor(Environment.ProcessorCount);

        Assert.Equal(expected, await SocketThreadsWithAsync(null, expected));
    }

    [Fact]
    public async Task A_socket_thread_count_in_the_environment_wins()
    {
        if (!OperatingSystem.IsLinux()) return;

        Assert.Equal(3, await SocketThreadsWithAsync("3", 3));
    }

    /// <summary>
    /// Runs the server program with <see cref="ThreadCount"/> set to <paramref name="setting"/> (null: unset), opens
    /// enough connections that the runtime starts every socket thread it will (it starts them as sockets come, in
    /// turn), and counts them.
    /// </summary>
    private static async Task<int> SocketThreadsWithAsync(string? setting, int expected)
    {
        var environment = new Dictionary<string, string?> { [ThreadCount] = setting };
        using var process = ServerProcess.Start(environment, ServerProcess.OnFreePort(TestServer.NewDataDir()));
        var clients = new List<ChatTestClient>();
        try
        {
            var endPoint = await ServerProcess.ReadListeningEndPointAsync(process);
            // The runtime gives each new socket the next thread, starting it if need be: twice as many connections as
            // it would take to start one thread more than expected.
            for (var i = 0; i < 2 * (expected + 1); i++) clients.Add(await ChatTestClient.LoginAsync(endPoint, $"t{i}"));
            return Directory.GetDirectories($"/proc/{process.Id}/task")
                .Count(task => File.ReadAllText(Path.Combine(task, "comm")).Trim() == ".NET Sockets");
        }
        finally
        {
            foreach (var client in clients) await client.DisposeAsync();
            if (!process.HasExited) process.Kill();
            await process.WaitForExitAsync();
        }
    }
}
