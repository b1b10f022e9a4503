using System.Net;
using System.Text;
using ActorChat.LoadTest.Measurement;
using ActorChat.LoadTest.Transport;

namespace ActorChat.LoadTest.Drivers;

/// <summary>
/// A <see cref="ChatClient"/> straight over a <see cref="LineConnection"/> speaking any <see cref="IChatProtocol"/>:
/// lines are written into a batch buffer and leave in one write per flush, and received lines are classified on
/// the read loop without allocating, so one process can drive thousands of busy connections.
/// </summary>
public sealed class LineChatClient : ChatClient, ILineHandler
{
    private const int BatchBytes = 16 * 1024;
    private const int MaxUnsentBytes = 256 * 1024;
    private readonly IChatProtocol _protocol;
    private readonly ClientEvents _events;
    private readonly Clock _clock;
    private readonly TaskCompletionSource _loggedIn = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly byte[] _batch;
    private int _batchLength;
    private LineConnection? _connection;
    private volatile bool _isLoggedIn;
    private volatile bool _quitting;
    private string? _closingLine;

    /// <summary>Creates a client that will log in as <paramref name="name"/>.</summary>
    public LineChatClient(int index, string name, IChatProtocol protocol, ClientEvents events, Clock clock)
        : base(index, name)
    {
        _protocol = protocol;
        _events = events;
        _clock = clock;
        _batch = new byte[Math.Max(BatchBytes, 4 * protocol.MaxLineBytes)];
    }

    private LineConnection Connection => _connection ?? throw new InvalidOperationException("not connected");

    /// <inheritdoc />
    public override bool IsClosed => _connection?.IsClosed ?? false;

    /// <inheritdoc />
    public override async Task LoginAsync(EndPoint endPoint, CancellationToken cancellationToken)
    {
        _connection = await LineConnection.ConnectAsync(endPoint, this, cancellationToken).ConfigureAwait(false);
        _connection.StartReading();
        Send(NameBytes, static (p, name, buffer) => p.WriteLogin(buffer, name));
        await _loggedIn.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task JoinAsync(byte[] channel, CancellationToken cancellationToken)
    {
        if (!_protocol.FanoutNeedsJoin) return;
        Send(channel, static (p, c, buffer) => p.WriteJoin(buffer, c));
        await _joined.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override void QueueDirect(ChatClient to, Payload payload)
    {
        MakeRoom(_protocol.MaxLineBytes);
        _batchLength += _protocol.WriteDirect(_batch.AsSpan(_batchLength), to.NameBytes, payload);
    }

    /// <inheritdoc />
    public override void QueueFanout(byte[] channel, Payload payload)
    {
        MakeRoom(_protocol.MaxLineBytes + channel.Length);
        _batchLength += _protocol.WriteFanout(_batch.AsSpan(_batchLength), channel, payload);
    }

    /// <inheritdoc />
    public override ValueTask FlushAsync(bool waitForRoom)
    {
        if (_batchLength > 0)
        {
            Connection.Send(_batch.AsSpan(0, _batchLength));
            _batchLength = 0;
        }
        return waitForRoom && Connection.PendingBytes > MaxUnsentBytes ? new ValueTask(Connection.WhenDrainedAsync()) : ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override async Task QuitAsync(CancellationToken cancellationToken)
    {
        _quitting = true;
        if (_connection is null) return;
        Send(default, static (p, _, buffer) => p.WriteQuit(buffer));
        await _closed.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override ValueTask CloseAsync()
    {
        _quitting = true;
        return _connection?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    private void MakeRoom(int bytes)
    {
        if (_batch.Length - _batchLength >= bytes) return;
        Connection.Send(_batch.AsSpan(0, _batchLength));
        _batchLength = 0;
    }

    private delegate int LineWriterFn(IChatProtocol protocol, ReadOnlySpan<byte> argument, Span<byte> buffer);

    private void Send(ReadOnlySpan<byte> argument, LineWriterFn write)
    {
        // A PING token is the server's to choose: only a short one goes on the stack.
        int size = _protocol.MaxLineBytes + argument.Length;
        Span<byte> line = size <= 1024 ? stackalloc byte[size] : new byte[size];
        Connection.Send(line[..write(_protocol, argument, line)]);
    }

    /// <inheritdoc />
    void ILineHandler.OnLine(ReadOnlySpan<byte> line)
    {
        var kind = _protocol.Classify(line, out var argument);
        switch (kind)
        {
            case IncomingKind.Message:
            case IncomingKind.Offline:
                if (Payload.TryParse(argument, out var payload))
                    _events.OnDelivered(this, payload, _clock.Now, offline: kind == IncomingKind.Offline);
                else
                    _events.OnProtocolError(this, "message with a payload the harness did not send: " + Encoding.UTF8.GetString(line));
                break;
            case IncomingKind.Ping:
                Send(argument, static (p, token, buffer) => p.WritePong(buffer, token));
                break;
            case IncomingKind.LoggedIn:
                _isLoggedIn = true;
                _loggedIn.TrySetResult();
                break;
            case IncomingKind.Joined:
                _joined.TrySetResult();
                break;
            case IncomingKind.Queued:
                _events.OnQueued(this);
                break;
            case IncomingKind.Error:
                string error = Encoding.UTF8.GetString(line);
                if (!_isLoggedIn) _loggedIn.TrySetException(new LoginException($"{Name}: login refused: {error}"));
                else _events.OnProtocolError(this, error);
                break;
            case IncomingKind.Closing:
                _closingLine = Encoding.UTF8.GetString(line);
                break;
        }
    }

    /// <inheritdoc />
    void ILineHandler.OnClosed(Exception? error)
    {
        string reason = _closingLine ?? error?.Message ?? "closed by the server";
        _loggedIn.TrySetException(new LoginException($"{Name}: connection ended before login: {reason}"));
        _joined.TrySetException(new LoginException($"{Name}: connection ended before joining: {reason}"));
        _ = _loggedIn.Task.Exception;
        _ = _joined.Task.Exception;
        _events.OnClosed(this, reason, _quitting);
        _closed.TrySetResult();
    }
}
