using System.Net;
using System.Net.Sockets;
using System.Text;
using ActorChat.LoadTest.Transport;

namespace ActorChat.Tests.LoadTest.Transport;

public class LineConnectionTests
{
    private sealed class Collector(int expectedLines) : ILineHandler
    {
        public List<string> Lines { get; } = [];
        public TaskCompletionSource AllLines { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource<Exception?> Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnLine(ReadOnlySpan<byte> line)
        {
            Lines.Add(Encoding.UTF8.GetString(line));
            if (Lines.Count == expectedLines) AllLines.TrySetResult();
        }

        public void OnClosed(Exception? error) => Closed.TrySetResult(error);
    }

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Lines_split_across_reads_and_crlf_endings_arrive_whole()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var collector = new Collector(4);
        var connecting = LineConnection.ConnectAsync(listener.LocalEndpoint, collector, CancellationToken.None);
        using var server = await listener.AcceptSocketAsync();
        await using var connection = await connecting;
        connection.StartReading();

        foreach (string piece in new[] { "HEL", "LO one\nsec", "ond\r", "\n\nfourth ", "line é\n" })
        {
            await server.SendAsync(Encoding.UTF8.GetBytes(piece));
            await Task.Yield();
        }
        await collector.AllLines.Task.WaitAsync(Timeout);
        Assert.Equal(["HELLO one", "second", "", "fourth line é"], collector.Lines);
    }

    [Fact]
    public async Task A_line_far_longer_than_the_read_buffer_arrives_whole_and_so_do_the_short_ones_after_it()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var collector = new Collector(3);
        var connecting = LineConnection.ConnectAsync(listener.LocalEndpoint, collector, CancellationToken.None);
        using var server = await listener.AcceptSocketAsync();
        await using var connection = await connecting;
        connection.StartReading();

        string names = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => "name" + i));
        await server.SendAsync(Encoding.ASCII.GetBytes($"LIST {names}\nMSG a 1.2.3\nMSG b 4.5.6\n"));
        await collector.AllLines.Task.WaitAsync(Timeout);
        Assert.Equal(["LIST " + names, "MSG a 1.2.3", "MSG b 4.5.6"], collector.Lines);
    }

    [Fact]
    public async Task A_burst_far_larger_than_the_socket_buffer_arrives_complete_and_in_order()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var collector = new Collector(0);
        var connecting = LineConnection.ConnectAsync(listener.LocalEndpoint, collector, CancellationToken.None);
        using var server = await listener.AcceptSocketAsync();
        await using var connection = await connecting;
        connection.StartReading();

        const int lines = 200_000;
        for (int i = 0; i < lines; i++) connection.Send(Encoding.ASCII.GetBytes($"MSG peer {i}\n"));
        var received = new StringBuilder();
        var buffer = new byte[65536];
        int newlines = 0;
        while (newlines < lines)
        {
            int n = await server.ReceiveAsync(buffer, SocketFlags.None).WaitAsync(Timeout);
            Assert.NotEqual(0, n);
            received.Append(Encoding.ASCII.GetString(buffer, 0, n));
            newlines += buffer.AsSpan(0, n).Count((byte)'\n');
        }
        await connection.WhenDrainedAsync().WaitAsync(Timeout);
        Assert.Equal(0, connection.PendingBytes);
        string[] got = received.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(lines, got.Length);
        for (int i = 0; i < lines; i++) Assert.Equal($"MSG peer {i}", got[i]);
    }

    [Fact]
    public async Task The_server_closing_is_reported_once_as_orderly()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var collector = new Collector(1);
        var connecting = LineConnection.ConnectAsync(listener.LocalEndpoint, collector, CancellationToken.None);
        using (var server = await listener.AcceptSocketAsync())
        {
            await using var connection = await connecting;
            connection.StartReading();
        connection.StartReading();
            await server.SendAsync("BYE\n"u8.ToArray());
            server.Shutdown(SocketShutdown.Both);
            Assert.Null(await collector.Closed.Task.WaitAsync(Timeout));
            Assert.True(connection.IsClosed);
        }
        Assert.Equal(["BYE"], collector.Lines);
    }

    [Fact]
    public async Task A_refused_connection_says_so_plainly()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; }
        var e = await Assert.ThrowsAsync<ConnectException>(() =>
            LineConnection.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), new Collector(0), CancellationToken.None));
        Assert.Contains("connection refused", e.Message);
    }

    [Theory]
    [InlineData(SocketError.TooManyOpenSockets, "ulimit -n")]
    [InlineData(SocketError.AddressNotAvailable, "net.ipv4.ip_local_port_range")]
    [InlineData(SocketError.NoBufferSpaceAvailable, "sysctl")]
    public void Os_limit_errors_name_the_limit_and_how_to_raise_it(SocketError error, string expected)
    {
        string message = OsLimits.Explain(new SocketException((int)error), new IPEndPoint(IPAddress.Loopback, 5050));
        Assert.Contains(expected, message);
    }
}
