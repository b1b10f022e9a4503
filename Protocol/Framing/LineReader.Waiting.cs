using System.IO.Pipelines;
using System.Runtime.CompilerServices;
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
    private ConfiguredValueTaskAwaitable<ReadResult>.ConfiguredValueTaskAwaiter _pendingRead;
    private CancellationToken _waitToken;
    private Action? _onRead;

    private ValueTask<LineReadResult> ReadMoreAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                ValueTask<ReadResult> read = StartRead(cancellationToken);
                if (!read.IsCompleted)
                {
                    _wait.Reset();
                    _waitToken = cancellationToken;
                    Await(read);
                    return new ValueTask<LineReadResult>(this, _wait.Version);
                }

                if (Accept(read.GetAwaiter().GetResult(), out LineReadResult result))
                {
                    return new ValueTask<LineReadResult>(result);
                }
            }
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
            ReadResult read = _pendingRead.GetResult();
            _pendingRead = default;
            LineReadResult result;
            while (!Accept(read, out result))
            {
                ValueTask<ReadResult> next = StartRead(_waitToken);
                if (!next.IsCompleted)
                {
                    Await(next);
                    return;
                }

                read = next.GetAwaiter().GetResult();
            }

            _waitToken = default;
            _wait.SetResult(result);
        }
        catch (Exception exception)
        {
            _waitToken = default;
            _wait.SetException(exception);
        }
    }

    private void Await(ValueTask<ReadResult> read)
    {
        _pendingRead = read.ConfigureAwait(false).GetAwaiter();
        _pendingRead.UnsafeOnCompleted(_onRead ??= OnRead);
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
