using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ActorChat.Protocol;

namespace ActorChat.Client;

/// <summary>
/// A client connection to an ActorChat server: connect (<see cref="ConnectAsync(string, int, ChatConnectionOptions?, CancellationToken)"/>),
/// log in (<see cref="LoginAsync"/>), send commands (the <c>Send…Async</c> methods), read what the server sends as
/// typed events (<see cref="ReadEventsAsync"/>), and leave (<see cref="QuitAsync"/>).
/// </summary>
/// <remarks>
/// <para>
/// One loop reads the socket, answers the server's <c>PING</c> by itself, and queues every event, <c>ERR</c> lines
/// included (as <see cref="ErrEvent"/>, whose <see cref="ErrEvent.Code"/> is one of <see cref="ErrorCodes"/>).
/// Sends are written to an in-memory buffer that one loop drains to the socket, so a burst of sends leaves in a
/// few writes; send methods may be called from any thread, and lines from one thread keep their order.
/// </para>
/// <para>
/// Answers are not matched to commands: the server answers in order, but a command may get no answer (a
/// <c>MSG</c> delivered) and events from others interleave, so read them from the event stream. Read one event
/// stream at a time, and not while <see cref="LoginAsync"/> runs.
/// </para>
/// </remarks>
public sealed partial class ChatConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly PipeReader _input;
    private readonly LineReader _lines;
    private readonly OutboundBuffer _output;
    private readonly ChatConnectionOptions _options;
    private readonly Channel<ServerEvent> _events;
    private readonly Queue<ServerEvent> _putBack = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly TaskCompletionSource<ConnectionClosed> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _readLoop = Task.CompletedTask;
    private volatile bool _quitSent;
    private volatile bool _disposed;
    private long _malformedLines;

    private ChatConnection(Socket socket, string remote, ChatConnectionOptions options)
    {
        _socket = socket;
        Remote = remote;
        _options = options;
        _stream = new NetworkStream(socket, ownsSocket: false);
        _input = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: 4096, minimumReadSize: 1024, leaveOpen: true));
        _lines = new LineReader(_input, options.MaxLineBytes);
        _output = new OutboundBuffer(_stream, options.SendBufferBytes);
        _events = Channel.CreateBounded<ServerEvent>(new BoundedChannelOptions(options.EventCapacity)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The server as given to connect, e.g. <c>127.0.0.1:5050</c>.</summary>
    public string Remote { get; }

    /// <summary>The server's greeting line (<c>HELLO ActorChat 1 …</c>).</summary>
    public GreetingEvent Greeting { get; private set; } = null!;

    /// <summary>The name logged in with, as the server shows it; null before a successful login.</summary>
    public string? Name { get; private set; }

    /// <summary>Completes when the connection has ended, with why; it never faults.</summary>
    public Task<ConnectionClosed> Closed => _closed.Task;

    /// <summary>Lines from the server that were too long, not UTF-8, or malformed, and were skipped.</summary>
    public long MalformedLines => Interlocked.Read(ref _malformedLines);

    /// <summary>Connects to <paramref name="host"/>:<paramref name="port"/> and reads the greeting.</summary>
    /// <exception cref="ChatConnectException">The server cannot be reached in time, or is not an ActorChat server.</exception>
    public static Task<ChatConnection> ConnectAsync(string host, int port, ChatConnectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        EndPoint endPoint = IPAddress.TryParse(host, out var address) ? new IPEndPoint(address, port) : new DnsEndPoint(host, port);
        return ConnectAsync(endPoint, $"{host}:{port}", options, cancellationToken);
    }

    /// <summary>Connects to <paramref name="endPoint"/> and reads the greeting.</summary>
    /// <exception cref="ChatConnectException">The server cannot be reached in time, or is not an ActorChat server.</exception>
    public static Task<ChatConnection> ConnectAsync(IPEndPoint endPoint, ChatConnectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        return ConnectAsync(endPoint, endPoint.ToString(), options, cancellationToken);
    }

    private static async Task<ChatConnection> ConnectAsync(EndPoint endPoint, string remote, ChatConnectionOptions? options, CancellationToken cancellationToken)
    {
        options ??= ChatConnectionOptions.Default;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new ChatConnectException($"cannot connect to {remote}: {Describe(e, options.ConnectTimeout)}", e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new ChatConnection(socket, remote, options);
        try
        {
            connection.Greeting = await connection.ReadGreetingAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new ChatConnectException($"cannot connect to {remote}: {Describe(e, options.ConnectTimeout)}", e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        connection._readLoop = Task.Run(connection.ReadLoopAsync);
        return connection;
    }

    /// <summary>Reads the next event; null once the connection has ended and every event was read.</summary>
    public async ValueTask<ServerEvent?> ReadEventAsync(CancellationToken cancellationToken = default)
    {
        if (_putBack.TryDequeue(out var early)) return early;
        while (await _events.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (_events.Reader.TryRead(out var next)) return next;
        }
        return null;
    }

    /// <summary>Every event, in the order the server sent them, until the connection ends.</summary>
    public async IAsyncEnumerable<ServerEvent> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await ReadEventAsync(cancellationToken).ConfigureAwait(false) is { } next) yield return next;
    }

    /// <summary>Sends <c>QUIT</c>, then waits (at most <see cref="ChatConnectionOptions.CloseTimeout"/>) for the server to close.</summary>
    /// <remarks>Keep reading events meanwhile if the event buffer may be full, or the close cannot be seen.</remarks>
    public async Task<ConnectionClosed> QuitAsync(string? reason = null, CancellationToken cancellationToken = default)
    {
        _quitSent = true;
        try
        {
            await SendAsync(reason is null ? QuitCommand.NoReason : new QuitCommand(reason), cancellationToken).ConfigureAwait(false);
            await _closed.Task.WaitAsync(_options.CloseTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ChatConnectionClosedException or TimeoutException)
        {
            // Closed already, or the server did not close in time: either way, close from this side.
        }
        await DisposeAsync().ConfigureAwait(false);
        return await _closed.Task.ConfigureAwait(false);
    }

    /// <summary>Closes the connection at once (no <c>QUIT</c>), and waits for its loops to stop.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        _shutdown.Cancel();
        _output.Abort();
        try { _socket.Shutdown(SocketShutdown.Both); }
        catch (SocketException) { }
        catch (ObjectDisposedException) { }
        await _readLoop.ConfigureAwait(false);
        await _output.SendLoop.ConfigureAwait(false);
        await _output.CompleteAsync().ConfigureAwait(false);
        _closed.TrySetResult(new ConnectionClosed(CloseReason.Disposed, null));
        _lines.Dispose();
        await _input.CompleteAsync().ConfigureAwait(false);
        _stream.Dispose();
        _socket.Dispose();
        _shutdown.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"ChatConnection({Name ?? "not logged in"} @ {Remote})";

    private async Task<GreetingEvent> ReadGreetingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _lines.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            switch (result.Status)
            {
                case LineStatus.Blank:
                    continue;
                case LineStatus.Line when EventParser.Parse(result.Line.Span) is { Event: GreetingEvent greeting }:
                    if (greeting.Version != ProtocolConstants.Version)
                        throw new ChatConnectException($"cannot connect to {Remote}: the server speaks protocol version {greeting.Version}, this client {ProtocolConstants.Version}");
                    return greeting;
                case LineStatus.Completed:
                    throw new IOException("the server closed the connection before greeting");
                default:
                    throw new ChatConnectException($"cannot connect to {Remote}: not an ActorChat server (no HELLO ActorChat greeting)");
            }
        }
    }

    private async Task ReadLoopAsync()
    {
        ByeEvent? bye = null;
        string? failure = null;
        try
        {
            while (true)
            {
                var result = await _lines.ReadLineAsync(_shutdown.Token).ConfigureAwait(false);
                if (result.Status == LineStatus.Completed || result.Status == LineStatus.Canceled) break;
                if (result.Status != LineStatus.Line)
                {
                    if (result.Status != LineStatus.Blank) Interlocked.Increment(ref _malformedLines);
                    continue;
                }
                var parsed = EventParser.Parse(result.Line.Span);
                if (parsed.Event is not { } next)
                {
                    if (!parsed.IsBlank) Interlocked.Increment(ref _malformedLines);
                    continue;
                }
                if (next is PingEvent ping && _options.AnswerPings) await SendPongAsync(ping.Token).ConfigureAwait(false);
                if (next is ByeEvent byeEvent) bye = byeEvent;
                await _events.Writer.WriteAsync(next, _shutdown.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or ChatConnectionClosedException)
        {
            failure = e.InnerException is SocketException socketError ? Describe(socketError, default) : e.Message;
        }
        finally
        {
            _events.Writer.TryComplete();
            _closed.TrySetResult(_disposed ? new ConnectionClosed(CloseReason.Disposed, null)
                : bye is not null ? new ConnectionClosed(_quitSent ? CloseReason.Quit : CloseReason.ServerBye, bye.Reason)
                : new ConnectionClosed(CloseReason.Dropped, failure ?? "closed by the server"));
            _output.Abort();
        }
    }

    private static string Describe(Exception e, TimeSpan timeout) => e switch
    {
        OperationCanceledException => $"no answer within {timeout.TotalSeconds:0.###} s",
        SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "connection refused",
        SocketException { SocketErrorCode: SocketError.ConnectionReset } => "connection reset",
        SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData } => "unknown host",
        SocketException { SocketErrorCode: SocketError.HostUnreachable } => "host unreachable",
        SocketException { SocketErrorCode: SocketError.NetworkUnreachable } => "network unreachable",
        SocketException { SocketErrorCode: SocketError.TimedOut } => "timed out",
        SocketException { SocketErrorCode: SocketError.AddressNotAvailable } => "address not available (out of local ports?)",
        SocketException { SocketErrorCode: SocketError.TooManyOpenSockets } => "too many open files (raise ulimit -n)",
        IOException { InnerException: SocketException inner } => Describe(inner, timeout),
        _ => e.Message,
    };
}
