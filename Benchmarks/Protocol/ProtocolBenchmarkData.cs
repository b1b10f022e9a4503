using System.Buffers;
using System.Text;

namespace ActorChat.Benchmarks.Protocol;

/// <summary>The input of the protocol benchmarks: a stream of typical MSG lines, in one segment or in 4 KiB segments.</summary>
internal static class ProtocolBenchmarkData
{
    public const int LinesPerStream = 1000;

    /// <summary>A typical direct message: a short name and a sentence (48 bytes with its CRLF).</summary>
    public const string MsgLine = "MSG bob hello there, how is the weather today?";

    public static readonly byte[] MsgLineBytes = Encoding.UTF8.GetBytes(MsgLine);

    public static byte[] Stream()
    {
        return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(MsgLine + "\r\n", LinesPerStream)));
    }

    /// <summary>The stream cut into 4 KiB segments, as a socket pipe delivers it: some lines cross segments.</summary>
    public static ReadOnlySequence<byte> InSegments(byte[] stream, int segmentSize = 4096)
    {
        Segment first = new(stream.AsMemory(0, Math.Min(segmentSize, stream.Length)), 0);
        Segment last = first;
        for (int offset = segmentSize; offset < stream.Length; offset += segmentSize)
        {
            last = last.Append(stream.AsMemory(offset, Math.Min(segmentSize, stream.Length - offset)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

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
