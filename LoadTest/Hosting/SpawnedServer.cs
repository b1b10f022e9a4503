using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace ActorChat.LoadTest.Hosting;

/// <summary>
/// The project's own server started as a child process on a free loopback port with a scratch data directory, for
/// one harness run; <see cref="DisposeAsync"/> asks it to stop (SIGTERM), kills it if it does not, and removes the
/// scratch directory.
/// </summary>
public sealed class SpawnedServer : IAsyncDisposable
{
    private const int KeptLogLines = 40;
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly Queue<string> _log = new();

    private SpawnedServer(Process process, int port, string dataDirectory)
    {
        _process = process;
        Port = port;
        _dataDirectory = dataDirectory;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>Its process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether the server process has ended (crashed, or stopped by someone else).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Where it listens.</summary>
    public IPEndPoint EndPoint => new(IPAddress.Loopback, Port);

    /// <summary>The last lines it logged (for error messages).</summary>
    public string RecentLog { get { lock (_log) return string.Join(Environment.NewLine, _log); } }

    /// <summary>Starts the server and returns once it accepts connections.</summary>
    /// <param name="serverDll">The built ActorChat.Server.dll; empty to look under Server/bin of the enclosing checkout.</param>
    /// <param name="settings">Extra <c>key=value</c> settings, passed as <c>--set</c> after the harness's own.</param>
    /// <param name="cancellationToken">Bounds the wait for the server to listen.</param>
    public static async Task<SpawnedServer> StartAsync(string serverDll, IEnumerable<string> settings, CancellationToken cancellationToken)
    {
        string dll = serverDll.Length > 0 ? Path.GetFullPath(serverDll) : FindServerDll();
        if (!File.Exists(dll)) throw new InvalidOperationException($"server assembly not found: {dll}");
        int port = FreeLoopbackPort();
        string data = Path.Combine(Path.GetTempPath(), "actorchat-loadtest-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(data);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot(Path.GetDirectoryName(dll)!) ?? Path.GetDirectoryName(dll)!,
        };
        foreach (string arg in new[] { dll, "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        // Logging every login at information level would charge the server for console I/O the peers do not do.
        foreach (string setting in new[] { "actorchat.log.level=warning", $"actorchat.server.data-dir={data}" }.Concat(settings))
        {
            start.ArgumentList.Add("--set");
            start.ArgumentList.Add(setting);
        }
        InlineSocketCompletions.KeepOutOf(start.Environment);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var server = new SpawnedServer(process, port, data);
        try
        {
            await server.WaitUntilListeningAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"the server exited with status {_process.ExitCode} before listening:{Environment.NewLine}{RecentLog}");
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await probe.ConnectAsync(EndPoint, timeout.Token).ConfigureAwait(false);
                return;
            }
            catch (SocketException) { }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"the server did not listen on {EndPoint} within 30 s:{Environment.NewLine}{RecentLog}");
            }
            // Nothing to await: the child gives no readiness signal but its listening socket.
            await Task.Delay(100, timeout.Token).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                if (OperatingSystem.IsLinux()) _ = kill(_process.Id, 15);
                else _process.Kill(entireProcessTree: true);
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try { await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false); }
                catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); await _process.WaitForExitAsync().ConfigureAwait(false); }
            }
        }
        finally
        {
            _process.Dispose();
            try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > KeptLogLines) _log.Dequeue();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindServerDll()
    {
        string? root = RepositoryRoot(Directory.GetCurrentDirectory()) ?? RepositoryRoot(AppContext.BaseDirectory);
        if (root is null) throw new InvalidOperationException("cannot find the ActorChat checkout (ActorChat.sln); pass --server-dll");
        foreach (string configuration in new[] { "Release", "Debug" })
        {
            string candidate = Path.Combine(root, "Server", "bin", configuration, "net10.0", "ActorChat.Server.dll");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"no built server under {Path.Combine(root, "Server", "bin")}: run 'dotnet build -c Release Server' first, or pass --server-dll");
    }

    private static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActorChat.sln"))) return dir.FullName;
        return null;
    }

    [DllImport("libc.so.6", EntryPoint = "kill", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
