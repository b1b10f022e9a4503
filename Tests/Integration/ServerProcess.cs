using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace ActorChat.Tests.Integration;

/// <summary>The server program run as a process of its own, for the tests of what only a process shows.</summary>
internal static partial class ServerProcess
{
    /// <summary>Starts the server program with <paramref name="args"/>, its output and error redirected.</summary>
    public static Process Start(params string[] args) => Start(new Dictionary<string, string?>(), args);

    /// <summary>
    /// Starts the server program with <paramref name="args"/> and <paramref name="environment"/> over this process's
    /// environment (a null value removes the variable), its output and error redirected.
    /// </summary>
    public static Process Start(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }
        info.ArgumentList.Add(ServerDll());
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    /// <summary>
    /// Arguments for a server on a free port storing in <paramref name="dataDir"/> (one of
    /// <see cref="TestServer.NewDataDir"/>'s), then <paramref name="more"/>.
    /// </summary>
    public static string[] OnFreePort(string dataDir, params string[] more) =>
        ["--port", "0", "--set", $"actorchat.server.data-dir=\"{dataDir}\"", .. more];

    /// <summary>Reads the program's output up to its "listening on" line and returns that end point.</summary>
    public static async Task<IPEndPoint> ReadListeningEndPointAsync(Process process)
    {
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
            if (line is null) Assert.Fail("the server exited before listening: " + await process.StandardError.ReadToEndAsync());
            var match = Listening().Match(line);
            if (match.Success) return IPEndPoint.Parse(match.Groups[1].Value);
        }
    }

    /// <summary>Waits for a program expected to stop on its own; its exit status and error output.</summary>
    public static async Task<(int Status, string Stderr)> RunToExitAsync(Process process)
    {
        using (process)
        {
            var stderr = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            return (process.ExitCode, stderr);
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
