using System.Buffers;
using System.IO.Pipelines;
using ActorChat.Protocol;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Protocol;

/// <summary>
/// Framing (and framing + parsing) of a stream of 1,000 MSG lines; figures are per line. The per-stream cost of a
/// PipeReader over the sequence and a LineReader (about 200 bytes for 1,000 lines) shows as a fraction of a byte.
/// </summary>
[MemoryDiagnoser]
public class LineFramingBenchmarks
{
    private ReadOnlySequence<byte> _oneSegment;
    private ReadOnlySequence<byte> _segments;

    [GlobalSetup]
    public void Setup()
    {
        byte[] stream = ProtocolBenchmarkData.Stream();
        _oneSegment = new ReadOnlySequence<byte>(stream);
        _segments = ProtocolBenchmarkData.InSegments(stream);
    }

    [Benchmark(OperationsPerInvoke = ProtocolBenchmarkData.LinesPerStream)]
    public Task<int> Frame_MSG_lines_one_segment() => FrameAsync(_oneSegment);

    [Benchmark(OperationsPerInvoke = ProtocolBenchmarkData.LinesPerStream)]
    public Task<int> Frame_MSG_lines_4KiB_segments() => FrameAsync(_segments);

    [Benchmark(OperationsPerInvoke = ProtocolBenchmarkData.LinesPerStream)]
    public Task<int> Frame_and_parse_MSG_lines_4KiB_segments() => FrameAndParseAsync(_segments);

    private static async Task<int> FrameAsync(ReadOnlySequence<byte> stream)
    {
        using var reader = new LineReader(PipeReader.Create(stream));
        int bytes = 0;
        while (true)
        {
            LineReadResult result = await reader.ReadLineAsync();
            if (result.Status == LineStatus.Completed)
            {
                return bytes;
            }

            bytes += result.Line.Length;
        }
    }

    private static async Task<int> FrameAndParseAsync(ReadOnlySequence<byte> stream)
    {
        using var reader = new LineReader(PipeReader.Create(stream));
        int textLength = 0;
        while (true)
        {
            LineReadResult result = await reader.ReadLineAsync();
            if (result.Status == LineStatus.Completed)
            {
                return textLength;
            }

            if (CommandParser.Parse(result.Line.Span).Command is MsgCommand msg)
            {
                textLength += msg.Text.Length;
            }
        }
    }
}
