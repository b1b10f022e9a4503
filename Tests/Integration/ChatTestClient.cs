using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ActorChat.Tests.Integration;

/// <summary>A raw line client over loopback TCP for integration tests: every wait has a timeout, nothing sleeps.</summary>
internal sealed class ChatTestClient : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly TcpClient _tcp;
    private readonly Stream _stream;
    private readonly StreamReader _reader;

    private ChatTestClient(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _reader = new StreamReader(_stream, new UTF8Encoding(false), false, 4096);
    }

    public Socket Socket => _tcp.Client;

    /// <summary>Connects and reads the greeting.</summary>
    public static async Task<ChatTestClient> ConnectAsync(IPEndPoint endPoint, int? receiveBufferSize = null)
    {
        var tcp = new TcpClient(AddressFamily.InterNetwork) { NoDelay = true };
        if (receiveBufferSize is { } size) tcp.ReceiveBufferSize = size;
        await tcp.ConnectAsync(endPoint).WaitAsync(DefaultTimeout);
        var client = new ChatTestClient(tcp);
        var greeting = await client.ReadLineAsync();
        Assert.StartsWith("HELLO ActorChat 1 ", greeting);
        return client;
    }

    /// <summary>Connects, logs in as <paramref name="name"/> and reads HI, LIST and (if alone) ALONE.</summary>
    public static async Task<ChatTestClient> LoginAsync(IPEndPoint endPoint, string name)
    {
        var client = await ConnectAsync(endPoint);
        await client.SendAsync($"HELLO {name}");
        await client.ExpectAsync($"HI {name}");
        var list = await client.ReadLineAsync();
        Assert.StartsWith("LIST ", list);
        if (list == $"LIST {name}") await client.ExpectAsync("ALONE");
        return client;
    }

    public Task SendAsync(string line) => SendRawAsync(Encoding.UTF8.GetBytes(line + "\n"));

    public async Task SendRawAsync(ReadOnlyMemory<byte> bytes) =>
        await _stream.WriteAsync(bytes).AsTask().WaitAsync(DefaultTimeout);

    /// <summary>The next line; fails on timeout or end of stream.</summary>
    public async Task<string> ReadLineAsync(TimeSpan? timeout = null)
    {
        var line = await _reader.ReadLineAsync().WaitAsync(timeout ?? DefaultTimeout);
        Assert.True(line is not null, "the server closed the connection");
        return line!;
    }

    public async Task ExpectAsync(string expected) => Assert.Equal(expected, await ReadLineAsync());

    /// <summary>Skips lines until one satisfies <paramref name="match"/>, and returns it.</summary>
    public async Task<string> FishAsync(Func<string, bool> match)
    {
        while (true)
        {
            var line = await ReadLineAsync();
            if (match(line)) return line;
        }
    }

    /// <summary>Reads until the server closes the connection; returns the lines read on the way.</summary>
    public async Task<List<string>> ReadToEndAsync(TimeSpan? timeout = null)
    {
        var lines = new List<string>();
        var deadline = Task.Delay(timeout ?? DefaultTimeout);
        while (true)
        {
            string? line;
            try
            {
                var read = _reader.ReadLineAsync();
                if (await Task.WhenAny(read, deadline) == deadline) throw new TimeoutException("the server did not close");
                line = await read;
            }
            catch (IOException)
            {
                return lines;
            }
            if (line is null) return lines;
            lines.Add(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        await Task.CompletedTask;
    }
}
