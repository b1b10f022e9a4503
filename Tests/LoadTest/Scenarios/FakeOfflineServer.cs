using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace ActorChat.Tests.LoadTest.Scenarios;

/// <summary>
/// A tiny stand-in for a server with stored offline messages (issue 5), speaking just enough of the protocol for the
/// offline scenario: HELLO/HI/LIST/ALONE, MSG (delivered, or stored and QUEUED), OFFLINE at login, QUIT/BYE. It can
/// be told to lose one stored message, so the test can show the scenario notices.
/// </summary>
internal sealed class FakeOfflineServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<string, StreamWriter> _online = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _stored = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _dropNext;

    public FakeOfflineServer(bool loseOneMessage = false)
    {
        _dropNext = loseOneMessage ? 1 : 0;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndpoint;

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                _ = ServeAsync(socket);
            }
        }
        catch (OperationCanceledException) { }
        catch (ObjectDisposedException) { }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var stream = new NetworkStream(socket, ownsSocket: true);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
        string? name = null;
        try
        {
            await Write(writer, "HELLO ActorChat 1 fake");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                string[] parts = line.Split(' ', 3);
                switch (parts[0])
                {
                    case "HELLO":
                        name = parts[1];
                        _stored.TryAdd(name, new ConcurrentQueue<string>());
                        await Write(writer, $"HI {name}\nLIST {name}\nALONE");
                        _online[name] = writer;
                        while (_stored[name].TryDequeue(out var text)) await Write(writer, text);
                        break;
                    case "MSG" when name is not null:
                        string to = parts[1];
                        if (_online.TryGetValue(to, out var target)) await Write(target, $"MSG {name} {parts[2]}");
                        else if (_stored.TryGetValue(to, out var queue))
                        {
                            if (Interlocked.Exchange(ref _dropNext, 0) == 0) queue.Enqueue($"OFFLINE 2026-11-22T00:00:00.000Z {name} {parts[2]}");
                            await Write(writer, $"QUEUED {to}");
                        }
                        else await Write(writer, $"ERR no-such-user {to}");
                        break;
                    case "QUIT":
                        if (name is not null) _online.TryRemove(name, out _);
                        await Write(writer, "BYE");
                        return;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException) { }
        finally
        {
            if (name is not null) _online.TryRemove(new KeyValuePair<string, StreamWriter>(name, writer));
        }
    }

    private static async Task Write(StreamWriter writer, string lines)
    {
        // One connection's lines may come from several senders' loops at once.
        await Gate(writer).WaitAsync();
        try { await writer.WriteLineAsync(lines); }
        finally { Gate(writer).Release(); }
    }

    private static readonly ConditionalWeakTable<StreamWriter, SemaphoreSlim> Gates = new();

    private static SemaphoreSlim Gate(StreamWriter writer) => Gates.GetValue(writer, _ => new SemaphoreSlim(1, 1));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
    }
}
