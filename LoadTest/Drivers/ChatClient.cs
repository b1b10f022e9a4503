using System.Net;
using System.Text;
using ActorChat.LoadTest.Measurement;
using ActorChat.LoadTest.Transport;

namespace ActorChat.LoadTest.Drivers;

/// <summary>
/// One simulated chat user: a <see cref="LineConnection"/> speaking an <see cref="IChatProtocol"/>, answering
/// keepalives by itself and reporting messages, errors and its end to the scenario's <see cref="ClientEvents"/>.
/// </summary>
public sealed class ChatClient : ILineHandler
{
    private readonly IChatProtocol _protocol;
    private readonly ClientEvents _events;
    private readonly Clock _clock;
    private readonly TaskCompletionSource _loggedIn = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LineConnection? _connection;
    private volatile bool _isLoggedIn;
    private volatile bool _quitting;
    private string? _closingLine;

    /// <summary>Creates a client that will log in as <paramref name="name"/>.</summary>
    public ChatClient(int index, string name, IChatProtocol protocol, ClientEvents events, Clock clock)
    {
        Index = index;
        Name = name;
        NameBytes = Encoding.ASCII.GetBytes(name);
        _protocol = protocol;
        _events = events;
        _clock = clock;
    }

    /// <summary>The client's index in its scenario.</summary>
    public int Index { get; }

    /// <summary>The name it logs in with.</summary>
    public string Name { get; }

    /// <summary>The name as ASCII bytes, for writing lines.</summary>
    public byte[] NameBytes { get; }

    /// <summary>The connection, once connected.</summary>
    public LineConnection Connection => _connection ?? throw new InvalidOperationException("not connected");

    /// <summary>Connects, sends the login and waits for the server's welcome.</summary>
    /// <exception cref="ConnectException">The connection failed (message names OS limits).</exception>
    /// <exception cref="LoginException">The server refused the login or closed the connection.</exception>
    public async Task LoginAsync(EndPoint endPoint, CancellationToken cancellationToken)
    {
        _connection = await LineConnection.ConnectAsync(endPoint, this, cancellationToken).ConfigureAwait(false);
        Span<byte> line = stackalloc byte[_protocol.MaxLineBytes];
        _connection.Send(line[.._protocol.WriteLogin(line, NameBytes)]);
        await _loggedIn.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Joins the fan-out channel when the protocol needs it and waits until joined.</summary>
    public async Task JoinAsync(byte[] channel, CancellationToken cancellationToken)
    {
        if (!_protocol.FanoutNeedsJoin) return;
        Send(channel, static (p, c, buffer) => p.WriteJoin(buffer, c));
        await _joined.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a direct message to <paramref name="to"/>.</summary>
    public void SendDirect(ReadOnlySpan<byte> to, Payload payload)
    {
        Span<byte> line = stackalloc byte[_protocol.MaxLineBytes];
        Connection.Send(line[.._protocol.WriteDirect(line, to, payload)]);
    }

    /// <summary>Sends a fan-out message.</summary>
    public void SendFanout(ReadOnlySpan<byte> channel, Payload payload)
    {
        Span<byte> line = stackalloc byte[_protocol.MaxLineBytes];
        Connection.Send(line[.._protocol.WriteFanout(line, channel, payload)]);
    }

    /// <summary>Says goodbye and waits until the server has closed the connection; the close is reported as expected.</summary>
    public async Task QuitAsync(CancellationToken cancellationToken)
    {
        _quitting = true;
        if (_connection is null) return;
        Send(default, static (p, _, buffer) => p.WriteQuit(buffer));
        await _closed.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes without a goodbye; the close is reported as expected.</summary>
    public ValueTask CloseAsync()
    {
        _quitting = true;
        return _connection?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    private delegate int LineWriterFn(IChatProtocol protocol, ReadOnlySpan<byte> argument, Span<byte> buffer);

    private void Send(ReadOnlySpan<byte> argument, LineWriterFn write)
    {
        Span<byte> line = stackalloc byte[_protocol.MaxLineBytes + argument.Length];
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
