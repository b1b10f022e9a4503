using System.Buffers;
using System.IO.Pipelines;

namespace ActorChat.Tests.Protocol.Framing;

/// <summary>Builds multi-segment <see cref="ReadOnlySequence{T}"/>s, and readers over them.</summary>
internal static class Segments
{
    public static ReadOnlySequence<byte> Sequence(params byte[][] parts)
    {
        if (parts.Length == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        var first = new Segment(parts[0], 0);
        Segment last = first;
        for (int i = 1; i < parts.Length; i++)
        {
            last = last.Append(parts[i]);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    /// <summary>Every byte of <paramref name="data"/> in a segment of its own.</summary>
    public static ReadOnlySequence<byte> BytePerSegment(byte[] data) => Sequence(data.Select(b => new[] { b }).ToArray());

    /// <summary>A reader handing out the whole sequence at once (so lines span segments but never wait for bytes).</summary>
    public static PipeReader Reader(ReadOnlySequence<byte> sequence) => PipeReader.Create(sequence);

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
