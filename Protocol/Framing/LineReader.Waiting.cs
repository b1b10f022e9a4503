using System.IO.Pipelines;
using System.Threading.Tasks.Sources;

namespace ActorChat.Protocol;

// The wait for more bytes, written out by hand rather than as an async method: a server's every connection waits
// here between its lines, and an async method allocates a state machine box per wait that goes on to the pipe's
// continuation. The pipe is old and the box young, so every connection's box survived each collection, about 200
// bytes per connection, and made a third of the bytes allocated per message (docs/benchmarks.md). Here the reader
// itself is the awaited source, reset for each wait.
public sealed partial class LineReader : IValueTaskSource<LineReadResult>
{
    // Continuations run where the read completes, as an awaiting async method's would.
    private ManualResetValueTaskSourceCore<LineReadResult> _wait;
    private ValueTask<ReadResult> _pendingRead;
    private CancellationToken _waitToken;
    private Action? _onRead;

    private ValueTask<LineReadResult> ReadMoreAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Reset before the read starts: a wait's completion may run on another thread before this returns.
            _wait.Reset();
            _waitToken = cancellationToken;
            return ReadOn(StartRead(cancellationToken), out LineReadResult result)
                ? new ValueTask<LineReadResult>(result)
                : new ValueTask<LineReadResult>(this, _wait.Version);
        }
        catch (Exception exception)
        {
            return ValueTask.FromException<LineReadResult>(exception);
        }
    }

    /// <summary>The pending read completed: frame what came, reading on until a result is ready.</summary>
    private void OnRead()
    {
        try
        {
            ValueTask<ReadResult> read = _pendingRead;
            _pendingRead = default;
            if (ReadOn(read, out LineReadResult result))
            {
                _wait.SetResult(result);
            }
        }
        catch (Exception exception)
        {
            _wait.SetException(exception);
        }
    }

    /// <summary>
    /// Frames what <paramref name="read"/> brings, reading on while reads complete at once. False when a read has to
    /// wait: <see cref="OnRead"/> goes on from there.
    /// </summary>
    private bool ReadOn(ValueTask<ReadResult> read, out LineReadResult result)
    {
        while (read.IsCompleted)
        {
            if (Accept(read.GetAwaiter().GetResult(), out result))
            {
                return true;
            }

            read = StartRead(_waitToken);
        }

        _pendingRead = read;
        read.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_onRead ??= OnRead);
        result = default;
        return false;
    }

    private ValueTask<ReadResult> StartRead(CancellationToken cancellationToken)
    {
        if (_holding)
        {
            // Keep the unfinished line, mark all of it examined so the pipe waits for new bytes.
            _holding = false;
            _reader.AdvanceTo(_buffer.Start, _buffer.End);
        }

        return _reader.ReadAsync(cancellationToken);
    }

    /// <summary>Takes a read's bytes into the buffer; true with the result when it frames one.</summary>
    private bool Accept(ReadResult read, out LineReadResult result)
    {
        _buffer = read.Buffer;
        _holding = true;
        _readerCompleted = read.IsCompleted;
        if (read.IsCanceled)
        {
            result = Canceled;
            return true;
        }

        return TryFrame(out result);
    }

    LineReadResult IValueTaskSource<LineReadResult>.GetResult(short token) => _wait.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<LineReadResult>.GetStatus(short token) => _wait.GetStatus(token);

    void IValueTaskSource<LineReadResult>.OnCompleted(
        Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _wait.OnCompleted(continuation, state, token, flags);
}
