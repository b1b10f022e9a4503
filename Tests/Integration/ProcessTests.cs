using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace ActorChat.Tests.Integration;

public sealed partial class ProcessTests
{
    [Fact]
    public async Task SIGTERM_sends_BYE_shutdown_and_the_program_exits_with_status_0()
    {
        using var process = StartServer("--port", "0", "--set", "actorchat.server.shutdown-timeout=2s");
        try
        {
            var endPoint = await ReadListeningEndPointAsync(process);
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
        using var process = StartServer("--port", "http");
        var stderr = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--port: 'http' is not a port number", stderr);
    }

    [Fact]
    public async Task A_port_in_use_exits_with_status_1_and_says_why()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString();
        using var process = StartServer("--port", port);
        var stderr = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("cannot listen", stderr);
    }

    private static Process StartServer(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ServerDll());
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static async Task<IPEndPoint> ReadListeningEndPointAsync(Process process)
    {
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
            if (line is null) Assert.Fail("the server exited before listening: " + await process.StandardError.ReadToEndAsync());
            var match = Listening().Match(line);
            if (match.Success) return IPEndPoint.Parse(match.Groups[1].Value);
        }
    }

    // The test project references the server, so its dll and runtimeconfig sit beside the tests.
    private static string ServerDll()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ActorChat.Server.dll");
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")), "ActorChat.Server.runtimeconfig.json is missing");
        return dll;
    }

    [GeneratedRegex(@"listening on (\S+)")]
    private static partial Regex Listening();
}
