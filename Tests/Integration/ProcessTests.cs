using System.Diagnostics;
using System.Net;

namespace ActorChat.Tests.Integration;

public sealed class ProcessTests
{
    [Fact]
    public async Task SIGTERM_sends_BYE_shutdown_and_the_program_exits_with_status_0()
    {
        using var process = ServerProcess.Start("--port", "0", "--set", "actorchat.server.shutdown-timeout=2s");
        try
        {
            var endPoint = await ServerProcess.ReadListeningEndPointAsync(process);
            await using var client = await ChatTestClient.LoginAsync(endPoint, "alice");

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();

            Assert.Equal(["BYE shutdown"], await client.ReadToEndAsync());
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }

    [Fact]
    public async Task A_bad_option_exits_with_status_2_and_says_why()
    {
        var (status, stderr) = await ServerProcess.RunToExitAsync(ServerProcess.Start("--port", "http"));
        Assert.Equal(2, status);
        Assert.Contains("--port: 'http' is not a port number", stderr);
    }

    [Fact]
    public async Task An_unknown_setting_exits_with_status_2_and_names_it()
    {
        var (status, stderr) = await ServerProcess.RunToExitAsync(
            ServerProcess.Start("--port", "0", "--set", "actorchat.server.record-history=off"));
        Assert.Equal(2, status);
        Assert.Contains("unknown setting 'actorchat.server.record-history'", stderr);
    }

    [Fact]
    public async Task A_port_in_use_exits_with_status_1_and_says_why()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString();
        var (status, stderr) = await ServerProcess.RunToExitAsync(ServerProcess.Start("--port", port));
        Assert.Equal(1, status);
        Assert.Contains("cannot listen", stderr);
    }
}
