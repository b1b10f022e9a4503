using System.Buffers;
using System.IO.Pipelines;

namespace ActorChat.Client;

/// <summary>
/// The sending half of a connection: lines are written into an in-memory pipe (cheap, no system call), and one
/// loop moves whatever has gathered to the socket, so many small sends leave in few writes. Writers are
/// serialised by a semaphore; a full pipe makes them wait for the socket (backpressure).
/// </summary>
internal sealed class OutboundBuffer
{
    private readonly Pipe _pipe;
    private readonly Stream _stream;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public OutboundBuffer(Stream stream, int pauseBytes)
    {
        _stream = stream;
        _pipe = new Pipe(new PipeOptions(
            pauseWriterThreshold: pauseBytes,
            resumeWriterThreshold: pauseBytes / 2,
            minimumSegmentSize: 4096,
            useSynchronizationContext: false));
        SendLoop = Task.Run(SendLoopAsync);
    }

    /// <summary>Completes when the loop has stopped: everything written was sent, or the socket failed.</summary>
    public Task SendLoop { get; }

    /// <summary>Writes one or more lines with <paramref name="write"/>, then hands them to the send loop.</summary>
    public async ValueTask WriteAsync<TState>(TState state, Action<IBufferWriter<byte>, TState> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            write(_pipe.Writer, state);
            var flush = await _pipe.Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (flush.IsCompleted) throw new ChatConnectionClosedException("the connection is closed");
        }
        catch (InvalidOperationException e)
        {
            // The writer was completed by Complete(): the connection is closing.
            throw new ChatConnectionClosedException("the connection is closed", e);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>No more writes: the loop sends what is left, then stops.</summary>
    public async ValueTask CompleteAsync()
    {
        // Taking the gate keeps this from racing a writer that is between GetSpan and Advance.
        await _gate.WaitAsync().ConfigureAwait(false);
        try { await _pipe.Writer.CompleteAsync().ConfigureAwait(false); }
        finally { _gate.Release(); }
    }

    /// <summary>Stops the loop now, dropping what was not sent.</summary>
    public void Abort() => _pipe.Reader.CancelPendingRead();

    private async Task SendLoopAsync()
    {
        var reader = _pipe.Reader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync().ConfigureAwait(false);
                if (result.IsCanceled) break;
                var buffer = result.Buffer;
                foreach (var segment in buffer)
                {
                    await _stream.WriteAsync(segment).ConfigureAwait(false);
                }
                reader.AdvanceTo(buffer.End);
                if (result.IsCompleted) break;
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or System.Net.Sockets.SocketException)
        {
            // The read loop sees the same failure and reports it; here it only ends the sending.
        }
        finally
        {
            // Writers waiting on a full pipe learn that nothing more will be sent.
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }
}
