using System.Net;
using System.Text;
using ActorChat.Client;
using ActorChat.LoadTest.Measurement;
using ActorChat.Protocol;

namespace ActorChat.LoadTest.Drivers;

/// <summary>
/// A <see cref="ChatClient"/> over the project's own connection library (<see cref="ChatConnection"/>): typed
/// sends, typed events, the library's own PING answering and backpressure. Selected with <c>--driver library</c>,
/// so the harness can measure what the library costs against the raw line driver under the same traffic.
/// </summary>
public sealed class LibraryChatClient : ChatClient
{
    private readonly ClientEvents _events;
    private readonly Clock _clock;
    private readonly List<(string To, string Text)> _queued = [];
    private ChatConnection? _connection;
    private Task _reading = Task.CompletedTask;
    private volatile bool _quitting;

    /// <summary>Creates a client that will log in as <paramref name="name"/>.</summary>
    public LibraryChatClient(int index, string name, ClientEvents events, Clock clock) : base(index, name)
    {
        _events = events;
        _clock = clock;
    }

    private ChatConnection Connection => _connection ?? throw new InvalidOperationException("not connected");

    /// <inheritdoc />
    public override bool IsClosed => _connection?.Closed.IsCompleted ?? false;

    /// <inheritdoc />
    public override async Task LoginAsync(EndPoint endPoint, CancellationToken cancellationToken)
    {
        if (endPoint is not IPEndPoint ip) throw new ArgumentException("the library driver needs an IP end point", nameof(endPoint));
        try
        {
            _connection = await ChatConnection.ConnectAsync(ip, ChatConnectionOptions.Default, cancellationToken).ConfigureAwait(false);
        }
        catch (ChatConnectException e) when (e.InnerException is System.Net.Sockets.SocketException socket)
        {
            throw new Transport.ConnectException(Transport.OsLimits.Explain(socket, endPoint), e);
        }
        var login = await _connection.LoginAsync(Name, cancellationToken).ConfigureAwait(false);
        if (!login.IsSuccess) throw new LoginException($"{Name}: login refused: {login}");
        _reading = Task.Run(ReadLoopAsync, CancellationToken.None);
    }

    /// <inheritdoc />
    public override Task JoinAsync(byte[] channel, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public override void QueueDirect(ChatClient to, Payload payload) => _queued.Add((to.Name, payload.ToString()));

    /// <inheritdoc />
    public override void QueueFanout(byte[] channel, Payload payload) => _queued.Add(("", payload.ToString()));

    /// <inheritdoc />
    public override async ValueTask FlushAsync(bool waitForRoom)
    {
        // The library's sends return once the line is buffered, waiting only when its buffer is full: that is its
        // backpressure, so it applies whether or not the caller asked to wait.
        foreach (var (to, text) in _queued)
        {
            if (to.Length == 0) await Connection.SendBroadcastAsync(text).ConfigureAwait(false);
            else await Connection.SendMsgAsync(to, text).ConfigureAwait(false);
        }
        _queued.Clear();
    }

    /// <inheritdoc />
    public override async Task QuitAsync(CancellationToken cancellationToken)
    {
        _quitting = true;
        if (_connection is null) return;
        await _connection.QuitAsync(null, cancellationToken).ConfigureAwait(false);
        await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async ValueTask CloseAsync()
    {
        _quitting = true;
        if (_connection is not null) await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ReadLoopAsync()
    {
        var connection = Connection;
        string? bye = null;
        try
        {
            await foreach (var next in connection.ReadEventsAsync().ConfigureAwait(false))
            {
                switch (next)
                {
                    case MsgEvent m: Deliver(m.Text, offline: false); break;
                    case BroadcastEvent b: Deliver(b.Text, offline: false); break;
                    case OfflineEvent o: Deliver(o.Text, offline: true); break;
                    case QueuedEvent: _events.OnQueued(this); break;
                    case ErrEvent e: _events.OnProtocolError(this, $"ERR {e.Code} {e.Detail}".TrimEnd()); break;
                    case ByeEvent b: bye = "BYE " + b.Reason; break;
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            bye ??= e.Message;
        }
        var closed = await connection.Closed.ConfigureAwait(false);
        _events.OnClosed(this, bye ?? closed.ToString(), _quitting);
    }

    private void Deliver(string text, bool offline)
    {
        long now = _clock.Now;
        Span<byte> bytes = stackalloc byte[Payload.MaxBytes];
        if (text.Length <= Payload.MaxBytes && Payload.TryParse(bytes[..Encoding.ASCII.GetBytes(text, bytes)], out var payload))
            _events.OnDelivered(this, payload, now, offline);
        else
            _events.OnProtocolError(this, "message with a payload the harness did not send: " + text);
    }
}
