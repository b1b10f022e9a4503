using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace ActorChat.Benchmarks.Server;

/// <summary>
/// The real server as a separate process (the Release build of Server/, which must be built first), so that its
/// memory can be read from /proc and its threads are not the load generator's.
/// </summary>
internal sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, IPEndPoint endPoint)
    {
        _process = process;
        EndPoint = endPoint;
    }

    public IPEndPoint EndPoint { get; }

    public static ServerProcess Start(params string[] settings)
    {
        var dll = Path.Combine(RepositoryRoot(), "Server", "bin", "Release", "net10.0", "ActorChat.Server.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"build the server first: dotnet build -c Release Server ({dll} is missing)");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "--port", "0", "--set", "actorchat.log.level=warning", "--set", "actorchat.log.categories=[\"ActorChat.Server=information\"]" })
            info.ArgumentList.Add(a);
        foreach (var s in settings)
        {
            info.ArgumentList.Add("--set");
            info.ArgumentList.Add(s);
        }
        var process = Process.Start(info)!;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            var match = Listening().Match(line);
            if (match.Success)
            {
                // Keep draining the log so the server never blocks on a full pipe.
                _ = Task.Run(() => process.StandardOutput.ReadToEnd());
                return new ServerProcess(process, IPEndPoint.Parse(match.Groups[1].Value));
            }
        }
        throw new InvalidOperationException("the server exited before listening");
    }

    /// <summary>The server's resident set size in bytes (VmRSS).</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        throw new InvalidOperationException("no VmRSS");
    }

    public void Dispose()
    {
        if (_process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])) kill.WaitForExit();
        if (!_process.WaitForExit(10_000)) _process.Kill();
        _process.Dispose();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActorChat.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActorChat.sln"))) return dir.FullName;
        throw new InvalidOperationException("ActorChat.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"listening on (\S+)")]
    private static partial Regex Listening();
}
