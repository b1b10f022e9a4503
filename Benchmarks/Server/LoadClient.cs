using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ActorChat.Benchmarks.Server;

/// <summary>
/// A minimal load client: one socket, a receive loop that only counts lines (LF bytes), and sends of prepared bytes.
/// Counting instead of parsing keeps the load generator cheap, since it shares the 2 cores with the server.
/// </summary>
internal sealed class LoadClient : IDisposable
{
    private readonly Socket _socket;
    private long _lines;
    private long _target = long.MaxValue;
    private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LoadClient(Socket socket, int bufferSize)
    {
        _socket = socket;
        _ = ReceiveLoopAsync(bufferSize);
    }

    public long Lines => Interlocked.Read(ref _lines);

    public static async Task<LoadClient> LoginAsync(IPEndPoint endPoint, string name, int bufferSize = 64 * 1024)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endPoint);
        var client = new LoadClient(socket, bufferSize);
        // Greeting, HI, LIST (and ALONE for the first): wait for those three at least.
        var seen = client.WaitForTotalAsync(3);
        await client.SendAsync(Encoding.UTF8.GetBytes($"HELLO {name}\n"));
        await seen;
        return client;
    }

    /// <summary>Completes once <paramref name="count"/> more lines than now have arrived.</summary>
    public Task WaitForAsync(long count) => WaitForTotalAsync(Lines + count);

    /// <summary>Completes once <paramref name="total"/> lines have arrived since connecting.</summary>
    public Task WaitForTotalAsync(long total)
    {
        _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _target, total);
        if (Lines >= Volatile.Read(ref _target)) _reached.TrySetResult();
        return _reached.Task;
    }

    public async Task SendAsync(ReadOnlyMemory<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var sent = await _socket.SendAsync(bytes);
            bytes = bytes[sent..];
        }
    }

    public void Dispose() => _socket.Dispose();

    private async Task ReceiveLoopAsync(int bufferSize)
    {
        var buffer = new byte[bufferSize];
        try
        {
            while (true)
            {
                var n = await _socket.ReceiveAsync(buffer);
                if (n == 0) return;
                var total = Interlocked.Add(ref _lines, buffer.AsSpan(0, n).Count((byte)'\n'));
                if (total >= Volatile.Read(ref _target)) _reached.TrySetResult();
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }
}
