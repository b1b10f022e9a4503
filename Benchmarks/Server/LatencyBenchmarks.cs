using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Server;

/// <summary>
/// Latency at an offered load: 1,000 logged-in clients, 10,000 <c>MSG</c>s per second in total (round robin over the
/// senders, each to the next client) for 2 seconds. Each message carries its send timestamp; the receiver takes the
/// difference on arrival. Each iteration prints p50/p99/max ("// latency ..."); BenchmarkDotNet's Mean is just the
/// duration of the 2-second run.
/// </summary>
[Config(typeof(ThreeServerRuns))]
public class LatencyBenchmarks
{
    private const int Clients = 1000;
    private const int PerSecond = 10_000;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(2);

    private ServerProcess _server = null!;
    private Socket[] _sockets = null!;
    private readonly List<long> _samples = new(PerSecond * 3);
    private readonly object _lock = new();
    private long _expected;
    private TaskCompletionSource _done = new();


    [GlobalSetup]
    public void Setup()
    {
        _server = ServerProcess.Start();
        _sockets = new Socket[Clients];
        for (var i = 0; i < Clients; i++) _sockets[i] = LoginAsync(_server.EndPoint, i).GetAwaiter().GetResult();
        for (var i = 0; i < Clients; i++) _ = ReceiveLoopAsync(_sockets[i]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var s in _sockets) s.Dispose();
        _server.Dispose();
    }

    [Benchmark]
    public void OfferedTenThousandPerSecond()
    {
        lock (_lock) _samples.Clear();
        var total = (long)(PerSecond * Duration.TotalSeconds);
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _expected, total);
        var start = Stopwatch.GetTimestamp();
        for (long sent = 0; sent < total;)
        {
            // Send what the schedule says is due by now; spin-yield between, no sleeps of a millisecond or more.
            var due = Math.Min(total, (long)(Stopwatch.GetElapsedTime(start).TotalSeconds * PerSecond));
            for (; sent < due; sent++)
            {
                var from = (int)(sent % Clients);
                var line = Encoding.ASCII.GetBytes($"MSG u{(from + 1) % Clients} t{Stopwatch.GetTimestamp()}\n");
                _sockets[from].Send(line);
            }
            Thread.Yield();
        }
        _done.Task.Wait(TimeSpan.FromSeconds(30));
        long[] sorted;
        lock (_lock) sorted = [.. _samples.Order()];
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine($"// latency over {sorted.Length} messages: p50 {Ms(sorted[sorted.Length / 2]):F3} ms, " +
                          $"p99 {Ms(sorted[(int)(sorted.Length * 0.99)]):F3} ms, max {Ms(sorted[^1]):F3} ms");
    }

    private static async Task<Socket> LoginAsync(IPEndPoint endPoint, int i)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endPoint);
        await socket.SendAsync(Encoding.ASCII.GetBytes($"HELLO u{i}\n"));
        return socket;
    }

    private async Task ReceiveLoopAsync(Socket socket)
    {
        var buffer = new byte[64 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                var n = await socket.ReceiveAsync(buffer.AsMemory(filled));
                if (n == 0) return;
                var now = Stopwatch.GetTimestamp();
                filled += n;
                var start = 0;
                int lf;
                while ((lf = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n')) >= 0)
                {
                    var line = buffer.AsSpan(start, lf);
                    start += lf + 1;
                    var t = line.LastIndexOf(" t"u8);
                    if (!line.StartsWith("MSG "u8) || t < 0) continue;
                    var sent = long.Parse(Encoding.ASCII.GetString(line[(t + 2)..]));
                    lock (_lock)
                    {
                        _samples.Add(now - sent);
                        if (_samples.Count == Volatile.Read(ref _expected)) _done.TrySetResult();
                    }
                }
                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                filled -= start;
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }
}
