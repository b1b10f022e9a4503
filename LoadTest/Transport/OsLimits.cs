using System.Net;
using System.Net.Sockets;

namespace ActorChat.LoadTest.Transport;

/// <summary>
/// Turns the socket errors that mean "an operating-system limit was hit" into a sentence naming the limit, its current
/// value and the command that raises it; other errors are described plainly.
/// </summary>
public static class OsLimits
{
    /// <summary>Explains a failed connect to <paramref name="target"/>.</summary>
    public static string Explain(SocketException error, EndPoint target) => error.SocketErrorCode switch
    {
        SocketError.TooManyOpenSockets =>
            $"too many open files (EMFILE, limit {OpenFilesLimit()}): raise with ulimit -n (e.g. ulimit -n 65536) in the shell that starts the harness, and for the server too",
        SocketError.AddressNotAvailable =>
            $"no free ephemeral port (EADDRNOTAVAIL, net.ipv4.ip_local_port_range = {ReadProc("/proc/sys/net/ipv4/ip_local_port_range")}): " +
            "widen it with sysctl -w net.ipv4.ip_local_port_range=\"1024 65535\", enable sysctl -w net.ipv4.tcp_tw_reuse=1, or wait for TIME_WAIT sockets to clear",
        SocketError.NoBufferSpaceAvailable =>
            "out of socket buffer memory (ENOBUFS): raise net.core.wmem_max / net.ipv4.tcp_mem with sysctl, or use fewer clients",
        SocketError.ConnectionRefused =>
            $"connection refused by {target}: is the server running and listening there?",
        SocketError.TimedOut or SocketError.ConnectionReset =>
            $"connect to {target} failed ({error.SocketErrorCode}): the server's accept backlog may be full — raise net.core.somaxconn (now {ReadProc("/proc/sys/net/core/somaxconn")}) and net.ipv4.tcp_max_syn_backlog, or lower --concurrency",
        _ => $"connect to {target} failed: {error.SocketErrorCode} ({error.Message})",
    };

    private static string? s_openFilesLimit;

    /// <summary>
    /// Reads the limits now, while a file can still be opened: once the limit is hit, /proc cannot be read either.
    /// Cheap after the first call.
    /// </summary>
    public static void Prime() => s_openFilesLimit ??= ReadOpenFilesLimit();

    /// <summary>The soft limit on open files of this process, as /proc reports it.</summary>
    public static string OpenFilesLimit() => s_openFilesLimit ??= ReadOpenFilesLimit();

    private static string ReadOpenFilesLimit()
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/limits"))
                if (line.StartsWith("Max open files", StringComparison.Ordinal))
                    return line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3];
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return "unknown";
    }

    private static string ReadProc(string path)
    {
        try { return File.ReadAllText(path).Trim().Replace('\t', ' '); }
        catch (IOException) { return "unknown"; }
        catch (UnauthorizedAccessException) { return "unknown"; }
    }
}
