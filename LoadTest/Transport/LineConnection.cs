using System.Net;
using System.Net.Sockets;

namespace ActorChat.LoadTest.Transport;

/// <summary>
/// One TCP connection speaking LF-terminated lines, built for many thousands of instances in one process: a read loop
/// that hands each line to an <see cref="ILineHandler"/> without allocating, and a send path that writes straight to
/// the socket when it can and otherwise coalesces everything queued into one write, so a sender never waits on the
/// network and a slow socket never loses bytes.
/// </summary>
public sealed class LineConnection : IAsyncDisposable
{
    private const int InitialReadBuffer = 4096;
    private const int MaxLineBytes = 1 << 20;

    private readonly Socket _socket;
    private readonly ILineHandler _handler;
    private readonly object _gate = new();
    private byte[] _pending = [];
    private int _pendingLength;
    private byte[] _spare = [];
    private bool _flushing;
    private TaskCompletionSource? _drained;
    private int _closed;
    private int _reading;

    private LineConnection(Socket socket, ILineHandler handler)
    {
        _socket = socket;
        _handler = handler;
    }

    /// <summary>Bytes queued but not yet handed to the socket.</summary>
    public int PendingBytes { get { lock (_gate) return _pendingLength; } }

    /// <summary>Whether the connection has ended.</summary>
    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Connects to <paramref name="endPoint"/>; lines go to <paramref name="handler"/> once <see cref="StartReading"/> is called.</summary>
    /// <exception cref="ConnectException">The connection failed; the message names the OS limit when one was hit.</exception>
    public static async Task<LineConnection> ConnectAsync(EndPoint endPoint, ILineHandler handler, CancellationToken cancellationToken)
    {
        OsLimits.Prime();
        Socket socket;
        try
        {
            // Creating the socket is where EMFILE shows first.
            socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        }
        catch (SocketException e)
        {
            throw new ConnectException(OsLimits.Explain(e, endPoint), e);
        }
        try
        {
            socket.NoDelay = true;
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
            socket.Blocking = false;
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new ConnectException(OsLimits.Explain(e, endPoint), e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return new LineConnection(socket, handler);
    }

    /// <summary>
    /// Starts handing received lines to the handler. Separate from connecting so the caller can finish setting up
    /// (e.g. keep the connection in a field the handler uses) before the first line arrives.
    /// </summary>
    public void StartReading()
    {
        if (Interlocked.Exchange(ref _reading, 1) == 0) _ = ReadLoopAsync();
    }

    /// <summary>Queues <paramref name="bytes"/> (one or more whole lines) for sending; never blocks on the network.</summary>
    public void Send(ReadOnlySpan<byte> bytes)
    {
        bool startFlush = false;
        lock (_gate)
        {
            if (IsClosed) return;
            if (!_flushing)
            {
                int sent = _socket.Send(bytes, SocketFlags.None, out SocketError error);
                if (error is not (SocketError.Success or SocketError.WouldBlock))
                {
                    Fail(new SocketException((int)error));
                    return;
                }
                if (sent == bytes.Length) return;
                bytes = bytes[Math.Max(sent, 0)..];
                _flushing = startFlush = true;
            }
            Append(bytes);
        }
        if (startFlush) _ = FlushLoopAsync();
    }

    /// <summary>Completes once everything queued so far has been handed to the socket (or the connection ended).</summary>
    public Task WhenDrainedAsync()
    {
        lock (_gate)
        {
            if (!_flushing || IsClosed) return Task.CompletedTask;
            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _drained.Task;
        }
    }

    /// <summary>Closes the connection; the handler sees <see cref="ILineHandler.OnClosed"/> once.</summary>
    public ValueTask DisposeAsync()
    {
        Close(null);
        return ValueTask.CompletedTask;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_pending.Length - _pendingLength < bytes.Length)
        {
            var bigger = new byte[Math.Max(_pending.Length * 2, Math.Max(_pendingLength + bytes.Length, 4096))];
            _pending.AsSpan(0, _pendingLength).CopyTo(bigger);
            _pending = bigger;
        }
        bytes.CopyTo(_pending.AsSpan(_pendingLength));
        _pendingLength += bytes.Length;
    }

    private async Task FlushLoopAsync()
    {
        try
        {
            while (true)
            {
                byte[] buffer;
                int length;
                lock (_gate)
                {
                    if (_pendingLength == 0 || IsClosed)
                    {
                        _flushing = false;
                        _drained?.TrySetResult();
                        _drained = null;
                        return;
                    }
                    (buffer, length) = (_pending, _pendingLength);
                    (_pending, _pendingLength, _spare) = (_spare, 0, []);
                }
                for (int offset = 0; offset < length;)
                    offset += await _socket.SendAsync(buffer.AsMemory(offset, length - offset), SocketFlags.None).ConfigureAwait(false);
                lock (_gate) _spare = buffer;
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Fail(e);
        }
    }

    private async Task ReadLoopAsync()
    {
        byte[] buffer = new byte[InitialReadBuffer];
        int end = 0;
        try
        {
            while (true)
            {
                if (end == buffer.Length)
                {
                    if (buffer.Length >= MaxLineBytes) throw new IOException($"the server sent a line longer than {MaxLineBytes} bytes");
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                int read = await _socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None).ConfigureAwait(false);
                if (read == 0) break;
                int scanFrom = end;
                end += read;
                int start = 0;
                while (true)
                {
                    int newline = buffer.AsSpan(scanFrom, end - scanFrom).IndexOf((byte)'\n');
                    if (newline < 0) break;
                    int lineEnd = scanFrom + newline;
                    int contentEnd = lineEnd > start && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                    _handler.OnLine(buffer.AsSpan(start, contentEnd - start));
                    start = scanFrom = lineEnd + 1;
                }
                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                }
                // One long line (a LIST of thousands of names) must not leave every connection holding a big buffer.
                if (buffer.Length > InitialReadBuffer && end < InitialReadBuffer / 2)
                {
                    var small = new byte[InitialReadBuffer];
                    buffer.AsSpan(0, end).CopyTo(small);
                    buffer = small;
                }
            }
            Close(null);
        }
        catch (Exception e)
        {
            // Socket errors end the connection; so does a fault in the handler, reported rather than lost.
            Fail(e);
        }
    }

    private void Fail(Exception error) => Close(IsClosed ? null : error);

    private void Close(Exception? error)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0) return;
        lock (_gate)
        {
            _drained?.TrySetResult();
            _drained = null;
        }
        try { _socket.Shutdown(SocketShutdown.Both); } catch (SocketException) { } catch (ObjectDisposedException) { }
        _socket.Dispose();
        _handler.OnClosed(error is ObjectDisposedException ? null : error);
    }
}
