using System.IO.Pipelines;

namespace ActorChat.Tests.Protocol.Framing;

/// <summary>
/// A <see cref="PipeReader"/> that lets exactly one more chunk arrive per <see cref="ReadAsync"/>, so a test decides
/// where reads split the stream. Small pipe segments make held lines span several segments. It records the largest
/// buffer it ever handed out, which is what the reader under test kept unconsumed.
/// </summary>
internal sealed class ChunkedPipeReader : PipeReader
{
    private readonly Pipe _pipe = new(new PipeOptions(minimumSegmentSize: 1, pauseWriterThreshold: 0, useSynchronizationContext: false));
    private readonly IEnumerator<byte[]> _chunks;

    public ChunkedPipeReader(IEnumerable<byte[]> chunks)
    {
        _chunks = chunks.GetEnumerator();
    }

    public long LargestBuffer { get; private set; }

    public int Reads { get; private set; }

    public static ChunkedPipeReader OneByteAtATime(byte[] data) => new(data.Select(b => new[] { b }));

    public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (_chunks.MoveNext())
        {
            await _pipe.Writer.WriteAsync(_chunks.Current, cancellationToken);
        }
        else
        {
            await _pipe.Writer.CompleteAsync();
        }

        Reads++;
        ReadResult result = await _pipe.Reader.ReadAsync(cancellationToken);
        LargestBuffer = Math.Max(LargestBuffer, result.Buffer.Length);
        return result;
    }

    public override bool TryRead(out ReadResult result) => _pipe.Reader.TryRead(out result);

    public override void AdvanceTo(SequencePosition consumed) => _pipe.Reader.AdvanceTo(consumed);

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined) => _pipe.Reader.AdvanceTo(consumed, examined);

    public override void CancelPendingRead() => _pipe.Reader.CancelPendingRead();

    public override void Complete(Exception? exception = null) => _pipe.Reader.Complete(exception);
}
