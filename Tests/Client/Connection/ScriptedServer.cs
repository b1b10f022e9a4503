using System.Net;
using System.Net.Sockets;
using System.Text;
using ActorChat.Client;

namespace ActorChat.Tests.Client.Connection;

/// <summary>
/// A stand-in server on loopback that a test drives line by line, to provoke what a real server does rarely or
/// never on cue (a PING now, a malformed line, a drop without BYE, a wrong greeting).
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private TcpClient? _client;
    private StreamReader? _reader;
    private Stream? _stream;

    public ScriptedServer() => _listener.Start();

    public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndpoint;

    /// <summary>A new scripted server and a library connection to it, past the greeting.</summary>
    public static async Task<(ScriptedServer Server, ChatConnection Connection)> ConnectedAsync(ChatConnectionOptions? options = null)
    {
        var server = new ScriptedServer();
        var accepting = server.AcceptAsync();
        var connection = await ChatConnection.ConnectAsync(server.EndPoint, options);
        await accepting;
        return (server, connection);
    }

    /// <summary>Accepts the next connection and, unless null, sends <paramref name="greeting"/>.</summary>
    public async Task AcceptAsync(string? greeting = "HELLO ActorChat 1 scripted")
    {
        _client = await _listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(10));
        _stream = _client.GetStream();
        _reader = new StreamReader(_stream, new UTF8Encoding(false));
        if (greeting is not null) await SendAsync(greeting);
    }

    public async Task SendAsync(params string[] lines)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(lines.Select(line => line + "\n")));
        await _stream!.WriteAsync(bytes);
    }

    public async Task SendRawAsync(byte[] bytes) => await _stream!.WriteAsync(bytes);

    /// <summary>Sends <paramref name="text"/> as it is, its line ends included (CR LF, or several lines in one write).</summary>
    public Task SendTextAsync(string text) => SendRawAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>The next line from the client; null when it closed.</summary>
    public async Task<string?> ReadLineAsync() => await _reader!.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Closes the client's connection (no BYE).</summary>
    public void Drop()
    {
        _client!.Client.LingerState = new LingerOption(true, 0);
        _client.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        _client?.Dispose();
        _listener.Stop();
        _listener.Dispose();
        return ValueTask.CompletedTask;
    }
}
