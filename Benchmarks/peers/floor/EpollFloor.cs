using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace ActorChat.Floor;

/// <summary>
/// The floor without .NET's socket engine: one thread waits in <c>epoll_wait</c> (level-triggered) and reads, relays
/// and sends with non-blocking <c>recv</c>/<c>send</c> calls, as InspIRCd's event loop does. A client whose socket
/// buffer is full is dropped rather than queued for: the latency scenario never fills one.
/// </summary>
[SupportedOSPlatform("linux")]
internal static unsafe class EpollFloor
{
    private const int EpollIn = 1;
    private const int EpollCtlAdd = 1;
    private const int WouldBlock = 11;
    private const int MsgNoSignal = 0x4000;

    /// <summary>Accepts and serves clients on the calling thread until the process ends.</summary>
    public static void Run(IPEndPoint endPoint)
    {
        var relay = new Relay();
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(endPoint);
        listener.Listen(4096);
        listener.Blocking = false;
        var epoll = epoll_create1(0);
        if (epoll < 0) throw new InvalidOperationException($"epoll_create1 failed: errno {Marshal.GetLastPInvokeError()}");
        var listening = (int)listener.Handle;
        Add(epoll, listening);
        var connections = new Dictionary<int, Connection>();
        var events = new EpollEvent[256];
        while (true)
        {
            int ready;
            fixed (EpollEvent* first = events) ready = epoll_wait(epoll, first, events.Length, -1);
            for (var i = 0; i < ready; i++)
            {
                var fd = events[i].Fd;
                if (fd == listening) Accept(listener, epoll, connections);
                else if (connections.TryGetValue(fd, out var connection) && !connection.Read(relay))
                {
                    connections.Remove(fd);
                    relay.Leave(connection);
                    connection.Socket.Dispose();
                }
            }
        }
    }

    private static void Accept(Socket listener, int epoll, Dictionary<int, Connection> connections)
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = listener.Accept();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.WouldBlock)
            {
                return;
            }
            socket.Blocking = false;
            socket.NoDelay = true;
            var connection = new Connection(socket);
            connections[connection.Fd] = connection;
            Add(epoll, connection.Fd);
        }
    }

    private static void Add(int epoll, int fd)
    {
        var wanted = new EpollEvent { Events = EpollIn, Fd = fd };
        if (epoll_ctl(epoll, EpollCtlAdd, fd, &wanted) < 0)
            throw new InvalidOperationException($"epoll_ctl failed: errno {Marshal.GetLastPInvokeError()}");
    }

    private sealed class Connection(Socket socket) : IFloorConnection
    {
        private readonly LineBuffer _buffer = new();

        public Socket Socket { get; } = socket;

        public int Fd { get; } = (int)socket.Handle;

        public byte[] Name { get; set; } = [];

        /// <summary>One read, its lines relayed; false when the connection is over.</summary>
        public bool Read(Relay relay)
        {
            var free = _buffer.Free.Span;
            if (free.IsEmpty) return false;
            nint read;
            fixed (byte* at = free) read = recv(Fd, at, free.Length, 0);
            if (read < 0) return Marshal.GetLastPInvokeError() == WouldBlock;
            if (read == 0) return false;
            _buffer.Received((int)read, relay, this);
            return true;
        }

        public void Send(ReadOnlySpan<byte> line)
        {
            nint sent;
            fixed (byte* at = line) sent = send(Fd, at, line.Length, MsgNoSignal);
            // Full or gone: its next read finds it closed.
            if (sent != line.Length) Socket.Drop();
        }
    }

    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct EpollEvent
    {
        public uint Events;
        public int Fd;
        private readonly int _padding;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int epoll_create1(int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int epoll_ctl(int epoll, int operation, int fd, EpollEvent* wanted);

    [DllImport("libc", SetLastError = true)]
    private static extern int epoll_wait(int epoll, EpollEvent* events, int max, int timeout);

    [DllImport("libc", SetLastError = true)]
    private static extern nint recv(int fd, byte* buffer, nint length, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern nint send(int fd, byte* buffer, nint length, int flags);
}
