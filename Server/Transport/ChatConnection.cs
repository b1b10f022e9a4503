using System.Buffers;
using System.Diagnostics;
using System.Net;
using ActorChat.Actors;
using ActorChat.Protocol;
using ActorChat.Server.Chat.Messages;
using ActorChat.Server.Configuration;
using ActorChat.Server.Logging;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

namespace ActorChat.Server.Transport;

/// <summary>
/// One TCP connection's I/O: a read loop (pipe → lines → rate limit → parsed commands told to the connection actor)
/// and a write loop (outbound buffer → pipe, one flush per batch). The read loop tells its actor inside a
/// <see cref="CallingThreadDispatch"/> scope, so an idle actor handles the line on the reading thread, and so do the
/// actors it passes it to; the write loops they wake run where the <see cref="FlushQueue"/> decides, on a quiet
/// server on the reading thread once those turns are over. Neither loop runs inside an actor's turn: the actor only
/// tells and enqueues.
/// </summary>
internal sealed class ChatConnection : IClientConnection
{
    // Flush at least every this many bytes even while more is queued, so one huge batch cannot balloon the pipe.
    private const int MaxBatchBytes = 64 * 1024;

    // Lines told and not yet dealt with (by the actor, or for MSG and BROADCAST by the registry routing them) beyond
    // which the read loop stops reading. Small, because every line in flight is heap the GC must trace: at 1,024 a
    // thousand fast senders grew the registry's mailbox to hundreds of MB (see docs/benchmarks.md).
    private const int MaxInboundPending = 32;

    // Lines one connection's read loop handles in a row without waiting for input before it lets the thread go: the
    // transport runs the loop on the socket thread it shares with other connections, so a client that floods would
    // otherwise have that thread to itself.
    private const int MaxLinesPerTurn = 256;

    private readonly ConnectionContext _context;
    private readonly ServerSettings _settings;
    private readonly ILogger _log;
    private readonly OutboundBuffer _outbound;
    private readonly InboundGate _gate = new(MaxInboundPending);
    private long _lastReceived = Stopwatch.GetTimestamp();
    private volatile bool _closing;

    /// <summary>Wraps an accepted connection.</summary>
    public ChatConnection(ConnectionContext context, string id, ServerSettings settings, FlushQueue flushes, ILogger log)
    {
        _context = context;
        Id = id;
        _settings = settings;
        _log = log;
        _outbound = new OutboundBuffer(settings.MaxOutboundBytes, flushes);
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public EndPoint? RemoteEndPoint => _context.RemoteEndPoint;

    /// <inheritdoc />
    public long LastReceived => Volatile.Read(ref _lastReceived);

    /// <inheritdoc />
    public bool Overflowed => _outbound.Overflowed;

    /// <inheritdoc />
    public long UnsentBytes => _outbound.UnsentBytes;

    /// <inheritdoc />
    public bool TryWrite(ReadOnlyMemory<byte> line, bool batch = false) => _outbound.TryEnqueue(line, batch);

    /// <inheritdoc />
    public void InboundHandled() => _gate.Exit();

    /// <inheritdoc />
    public void Close()
    {
        _closing = true;
        _outbound.Complete();
        _gate.Open();
        _context.Transport.Input.CancelPendingRead();
    }

    /// <inheritdoc />
    public void Abort()
    {
        Close();
        _context.Abort(new ConnectionAbortedException("closed by the server"));
    }

    /// <summary>
    /// Asks for the connection's actor (<paramref name="open"/>), runs both loops with it until the connection ends,
    /// then releases the socket; <paramref name="ended"/> is called last, however it ended. The actor's stop must call
    /// <see cref="Close"/> or <see cref="Abort"/>.
    /// </summary>
    /// <remarks>The connection's whole life in one method rather than the server's around this one: each async method
    /// waiting here is a state machine kept for as long as the connection lives. A function rather than the task it
    /// returns: a parameter is kept as long as the method runs, and so would the completed task be.</remarks>
    public async Task RunAsync(Func<ChatConnection, Task<IActorRef>> open, Action<ChatConnection> ended)
    {
        try
        {
            var actor = await open(this).ConfigureAwait(false);
            var writing = WriteLoopAsync();
            await ReadLoopAsync(actor).ConfigureAwait(false);
            if (!_closing) actor.Tell(ClientSignal.TransportClosed, ActorRefs.NoSender);

            // The actor closes the outbound buffer when it stops; a client that does not read its last lines
            // (BYE, ERR) in time is cut off. The write loop can end inside an actor's turn (see
            // OutboundBuffer.TryEnqueue): the socket is released from the pool, never there.
            try
            {
                await writing.WaitAsync(_settings.ShutdownTimeout).ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
            }
            catch (TimeoutException)
            {
                Abort();
                await writing.ConfigureAwait(false);
            }
            await _context.Transport.Output.CompleteAsync().ConfigureAwait(false);
            await _context.Transport.Input.CompleteAsync().ConfigureAwait(false);
            await _context.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // A stop that gave up waiting for the registry gets here (cancelled); the connection just closes.
            ServerLog.TransportError(_log, e, Id, RemoteEndPoint);
            Abort();
        }
        finally
        {
            ended(this);
        }
    }

    /// <summary>Sends one line and closes, without an actor: for connections refused before one exists.</summary>
    public async Task RefuseAsync(ReadOnlyMemory<byte> lines)
    {
        try
        {
            await _context.Transport.Output.WriteAsync(lines).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTransportError(e))
        {
            ServerLog.TransportError(_log, e, Id, RemoteEndPoint);
        }
        await _context.Transport.Output.CompleteAsync().ConfigureAwait(false);
        await _context.Transport.Input.CompleteAsync().ConfigureAwait(false);
        await _context.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ReadLoopAsync(IActorRef actor)
    {
        using var lines = new LineReader(_context.Transport.Input, _settings.MaxLineBytes);
        var bucket = new TokenBucket(_settings.MaxLinesPerSecond, _settings.MaxLinesPerSecond, Stopwatch.GetTimestamp());
        try
        {
            var linesWithoutWaiting = 0;
            while (!_closing)
            {
                if (linesWithoutWaiting == MaxLinesPerTurn)
                {
                    // Let the socket thread serve its other connections; this one goes on from the pool. Before the
                    // read rather than between the read and its await: the pending read would then be kept in the
                    // state machine, 40 bytes for every connection.
                    linesWithoutWaiting = 0;
                    await Task.Yield();
                }
                var reading = lines.ReadLineAsync();
                linesWithoutWaiting = reading.IsCompleted ? linesWithoutWaiting + 1 : 0;
                var result = await reading.ConfigureAwait(false);
                var now = Stopwatch.GetTimestamp();
                Volatile.Write(ref _lastReceived, now);
                if (result.Status is LineStatus.Canceled or LineStatus.Completed) return;
                if (!TryTell(actor, result, bucket, now, out var admitted)) continue;
                await admitted.ConfigureAwait(false);
            }
        }
        catch (Exception e) when (IsTransportError(e))
        {
            ServerLog.TransportError(_log, e, Id, RemoteEndPoint);
        }
    }

    /// <summary>
    /// Tells the actor what a read line asks of it and returns true with the gate's admission to await, or false for
    /// a line that asks nothing (blank).
    /// </summary>
    /// <remarks>
    /// A method of its own, not part of the read loop: a local of the loop that lived across its await would be a
    /// field of its state machine, so every connection would keep its last command, text included, alive into the
    /// next collection (docs/benchmarks.md).
    /// </remarks>
    private bool TryTell(IActorRef actor, LineReadResult result, TokenBucket bucket, long now, out ValueTask admitted)
    {
        admitted = default;
        if (ToMessage(result, bucket, now) is not { } message) return false;
        admitted = _gate.EnterAsync();
        using (FlushQueue.Caller())
        using (CallingThreadDispatch.Enter())
            actor.Tell(message, ActorRefs.NoSender);
        return true;
    }

    /// <summary>What a read line asks of the actor, or null for a line that asks nothing (blank).</summary>
    private static object? ToMessage(LineReadResult result, TokenBucket bucket, long now)
    {
        switch (result.Status)
        {
            case LineStatus.Blank:
                return null;
            case var _ when !bucket.TryTake(now):
                return ClientSignal.RateLimited;
            case LineStatus.TooLong:
                return ClientSignal.LineTooLong;
            case LineStatus.BadEncoding:
                return ClientSignal.BadEncoding;
            default:
                var line = result.Line.Span;
                var parsed = CommandParser.Parse(line);
                if (parsed.IsSuccess) return parsed.Command;
                if (parsed.IsBlank) return null;
                return new RejectedLine(parsed.Error!, VerbSniffer.IsAllowedBeforeLogin(line));
        }
    }

    private async Task WriteLoopAsync()
    {
        var output = _context.Transport.Output;
        try
        {
            while (await _outbound.WaitToReadAsync().ConfigureAwait(false))
            {
                var batch = _outbound.WriteTo(output, MaxBatchBytes);
                var flushed = await output.FlushAsync().ConfigureAwait(false);
                _outbound.Sent(batch);
                if (flushed.IsCompleted || flushed.IsCanceled) return;
            }
        }
        catch (Exception e) when (IsTransportError(e))
        {
            ServerLog.TransportError(_log, e, Id, RemoteEndPoint);
        }
        finally
        {
            // The peer is gone or the connection closes: later lines are refused quietly, not counted as unsent.
            _outbound.Complete();
        }
    }

    private static bool IsTransportError(Exception e) =>
        e is IOException or ConnectionResetException or ConnectionAbortedException or OperationCanceledException
            or ObjectDisposedException or InvalidOperationException;
}
