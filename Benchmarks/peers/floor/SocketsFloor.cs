extern alias ActorChatServer;

using System.Net;
using System.Net.Sockets;
using ActorChatServer::ActorChat.Server.Transport;

namespace ActorChat.Floor;

/// <summary>
/// The floor on .NET's own sockets, set up as the server's transport is: completions inline on one socket thread
/// (per two cores), so a line is read, relayed and sent on the thread that saw it arrive.
/// </summary>
internal static class SocketsFloor
{
    /// <summary>Accepts and serves clients until the process ends.</summary>
    public static async Task RunAsync(IPEndPoint endPoint)
    {
        TransportOptions.SetRuntimeSocketDefaults();
        var relay = new Relay();
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(endPoint);
        listener.Listen(4096);
        while (true)
        {
            var socket = await listener.AcceptAsync().ConfigureAwait(false);
            socket.NoDelay = true;
            // Sends never block the socket thread: a client that does not read is dropped (see Send).
            socket.Blocking = false;
            _ = new Connection(socket).ServeAsync(relay);
        }
    }

    private sealed class Connection(Socket socket) : IFloorConnection
    {
        private readonly Lock _sending = new();

        public byte[] Name { get; set; } = [];

        public void Send(ReadOnlySpan<byte> line)
        {
            lock (_sending)
            {
                try
                {
                    while (!line.IsEmpty) line = line[socket.Send(line)..];
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    // Full (the latency scenario never fills one) or gone: its receive loop ends the connection.
                    socket.Drop();
                }
            }
        }

        public async Task ServeAsync(Relay relay)
        {
            var buffer = new LineBuffer();
            try
            {
                while (buffer.Free.Length > 0)
                {
                    var read = await socket.ReceiveAsync(buffer.Free).ConfigureAwait(false);
                    if (read == 0) break;
                    buffer.Received(read, relay, this);
                }
            }
            catch (SocketException)
            {
            }
            relay.Leave(this);
            socket.Dispose();
        }
    }
}
