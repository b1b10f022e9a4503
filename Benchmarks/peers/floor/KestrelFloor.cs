extern alias ActorChatServer;

using System.Buffers;
using System.Net;
using ActorChatServer::ActorChat.Server;
using ActorChatServer::ActorChat.Server.Transport;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActorChat.Floor;

/// <summary>
/// The floor on Kestrel's socket transport, set up by the server's own code (<see cref="TransportOptions"/>: inline
/// scheduling, no I/O queues, one socket thread per two cores, the read limit, the server's memory pool): lines read
/// from the connection's pipe, relayed, and written and flushed on the same thread.
/// </summary>
internal static class KestrelFloor
{
    /// <summary>Accepts and serves clients until the process ends.</summary>
    public static async Task RunAsync(IPEndPoint endPoint)
    {
        TransportOptions.SetRuntimeSocketDefaults();
        using var memory = new PinnedBlockPoolFactory(ChatServer.MemoryTrimPeriod);
        var options = TransportOptions.Create(memory, out _);
        var factory = new SocketTransportFactory(Options.Create(options), NullLoggerFactory.Instance);
        var listener = await factory.BindAsync(endPoint).ConfigureAwait(false);
        var relay = new Relay();
        while (await listener.AcceptAsync().ConfigureAwait(false) is { } context)
            _ = new Connection(context).ServeAsync(relay);
    }

    private sealed class Connection(ConnectionContext context) : IFloorConnection
    {
        private readonly Lock _sending = new();

        public byte[] Name { get; set; } = [];

        public void Send(ReadOnlySpan<byte> line)
        {
            lock (_sending)
            {
                var output = context.Transport.Output;
                output.Write(line);
                // Inline scheduling: the flush sends on this thread and completes at once unless the socket is full,
                // which the latency scenario never makes it; a client that does not read is dropped, not waited for.
                if (!output.FlushAsync().IsCompleted) context.Abort();
            }
        }

        public async Task ServeAsync(Relay relay)
        {
            var input = context.Transport.Input;
            try
            {
                while (true)
                {
                    var read = await input.ReadAsync().ConfigureAwait(false);
                    var buffer = read.Buffer;
                    while (buffer.PositionOf((byte)'\n') is { } lf)
                    {
                        var line = buffer.Slice(0, lf);
                        relay.Handle(this, line.IsSingleSegment ? line.FirstSpan : line.ToArray());
                        buffer = buffer.Slice(buffer.GetPosition(1, lf));
                    }
                    input.AdvanceTo(buffer.Start, buffer.End);
                    if (read.IsCompleted) break;
                }
            }
            catch (ConnectionResetException)
            {
            }
            relay.Leave(this);
            await context.DisposeAsync().ConfigureAwait(false);
        }
    }
}
