using System.IO.Pipelines;
using System.Text;
using ActorChat.Protocol;
using static ActorChat.Tests.Protocol.Framing.LineCollector;

namespace ActorChat.Tests.Protocol.Framing;

public class LineReaderStreamingTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task A_line_at_the_limit_arriving_byte_by_byte_is_accepted_with_or_without_CR()
    {
        string line = new('b', 16);
        foreach (string ending in new[] { "\n", "\r\n" })
        {
            var reader = new LineReader(ChunkedPipeReader.OneByteAtATime(Bytes(line + ending + "LIST\n")), 16);

            Assert.Equal(["line:" + line, "line:LIST", "Completed"], await LineCollector.ReadAllAsync(reader));
        }
    }

    [Fact]
    public async Task A_CR_one_byte_past_the_limit_that_is_not_followed_by_LF_makes_the_line_too_long()
    {
        var reader = new LineReader(ChunkedPipeReader.OneByteAtATime(Bytes(new string('c', 16) + "\rx\nLIST\n")), 16);

        Assert.Equal(["TooLong", "line:LIST", "Completed"], await LineCollector.ReadAllAsync(reader));
    }

    [Fact]
    public void Nothing_is_buffered_before_the_first_read()
    {
        var reader = new LineReader(new Pipe().Reader);

        Assert.False(reader.TryReadLine(out _));
    }

    [Fact]
    public async Task A_line_over_the_limit_is_reported_before_its_LF_arrives()
    {
        var pipe = new Pipe();
        var reader = new LineReader(pipe.Reader, 16);

        await pipe.Writer.WriteAsync(Bytes(new string('x', 17)));
        LineReadResult result = await reader.ReadLineAsync();

        Assert.Equal(LineStatus.TooLong, result.Status);
        ValueTask<LineReadResult> next = reader.ReadLineAsync();
        Assert.False(next.IsCompleted);
        await pipe.Writer.WriteAsync(Bytes(new string('x', 100) + "\nLIST\n"));
        Assert.Equal("line:LIST", Render(await next));
    }

    [Fact]
    public async Task A_giant_line_is_discarded_without_being_buffered_and_the_next_line_is_read()
    {
        const int chunk = 64 * 1024;
        const int chunks = 128; // 8 MiB
        var source = new ChunkedPipeReader(GiantLineThenList(chunk, chunks));
        var reader = new LineReader(source, 4096);

        List<string> results = await LineCollector.ReadAllAsync(reader);

        Assert.Equal(["line:PING 1", "TooLong", "line:LIST", "Completed"], results);
        // Without discarding as it goes, the pipe would have handed out all 8 MiB at once.
        Assert.True(source.LargestBuffer <= chunk + 4096 + 1, $"largest buffer held: {source.LargestBuffer}");
        Assert.True(source.Reads > chunks);
    }

    [Fact]
    public async Task Lines_spanning_many_segments_are_read_whole()
    {
        byte[] data = Bytes("MSG bob,carol héllo wörld ✓ 🎉\r\nLIST\r\nWHOLAST 5\r");

        var reader = new LineReader(PipeReader.Create(Segments.BytePerSegment(data)));

        Assert.Equal(
            ["line:MSG bob,carol héllo wörld ✓ 🎉", "line:LIST", "line:WHOLAST 5", "Completed"],
            await LineCollector.ReadAllAsync(reader));
    }

    [Fact]
    public async Task Lines_arriving_one_byte_per_read_are_read_whole()
    {
        byte[] data = Bytes("MSG bob héllo 🎉\r\n\nSAY ✓✓\n");
        var source = ChunkedPipeReader.OneByteAtATime(data);

        List<string> results = await LineCollector.ReadAllAsync(new LineReader(source));

        Assert.Equal(["line:MSG bob héllo 🎉", "Blank", "line:SAY ✓✓", "Completed"], results);
        Assert.True(source.Reads >= data.Length);
    }

    [Fact]
    public async Task Every_split_point_of_a_multibyte_text_gives_the_same_lines()
    {
        byte[] data = Bytes("SAY 🎉é✓\nSAY ok\n");
        for (int split = 1; split < data.Length; split++)
        {
            var source = new ChunkedPipeReader([data[..split], data[split..]]);

            List<string> results = await LineCollector.ReadAllAsync(new LineReader(source));

            Assert.Equal(["line:SAY 🎉é✓", "line:SAY ok", "Completed"], results);
        }
    }

    [Fact]
    public async Task Lines_written_byte_by_byte_into_a_pipe_by_a_concurrent_writer_are_read_whole()
    {
        var pipe = new Pipe();
        byte[] data = Bytes(string.Concat(Enumerable.Range(0, 200).Select(i => $"MSG bob ü{i}🎉\r\n")));
        Task writer = Task.Run(async () =>
        {
            foreach (byte b in data)
            {
                await pipe.Writer.WriteAsync(new[] { b });
            }

            await pipe.Writer.CompleteAsync();
        });

        List<string> results = await LineCollector.ReadAllAsync(new LineReader(pipe.Reader));
        await writer;

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"line:MSG bob ü{i}🎉").Append("Completed"), results);
    }

    [Fact]
    public async Task Buffered_lines_are_returned_without_waiting_and_TryReadLine_says_when_more_bytes_are_needed()
    {
        var pipe = new Pipe();
        var reader = new LineReader(pipe.Reader);
        await pipe.Writer.WriteAsync(Bytes("LIST\nHELP\nPIN"));

        LineReadResult first = await reader.ReadLineAsync();
        Assert.True(reader.TryReadLine(out LineReadResult second));
        Assert.False(reader.TryReadLine(out _));

        Assert.Equal("line:LIST", Render(first));
        Assert.Equal("line:HELP", Render(second));
        ValueTask<LineReadResult> third = reader.ReadLineAsync();
        Assert.False(third.IsCompleted);
        await pipe.Writer.WriteAsync(Bytes("G\n"));
        Assert.Equal("line:PING", Render(await third));
    }

    [Fact]
    public async Task CancelPendingRead_wakes_the_reader_and_loses_no_bytes()
    {
        var pipe = new Pipe();
        var reader = new LineReader(pipe.Reader);
        await pipe.Writer.WriteAsync(Bytes("LI"));
        ValueTask<LineReadResult> pending = reader.ReadLineAsync();

        pipe.Reader.CancelPendingRead();

        Assert.Equal(LineStatus.Canceled, (await pending).Status);
        await pipe.Writer.WriteAsync(Bytes("ST\n"));
        Assert.Equal("line:LIST", Render(await reader.ReadLineAsync()));
    }

    [Fact]
    public async Task A_cancelled_token_stops_the_wait_with_OperationCanceledException()
    {
        var pipe = new Pipe();
        var reader = new LineReader(pipe.Reader);
        using var cts = new CancellationTokenSource();
        ValueTask<LineReadResult> pending = reader.ReadLineAsync(cts.Token);

        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pending);
    }

    [Fact]
    public async Task The_end_of_the_stream_in_the_middle_of_a_discarded_line_completes()
    {
        var source = new ChunkedPipeReader([Bytes("LIST\n" + new string('z', 40)), Bytes(new string('z', 40))]);

        List<string> results = await LineCollector.ReadAllAsync(new LineReader(source, 16));

        Assert.Equal(["line:LIST", "TooLong", "Completed"], results);
    }

    private static IEnumerable<byte[]> GiantLineThenList(int chunkSize, int chunks)
    {
        yield return Encoding.ASCII.GetBytes("PING 1\n");
        byte[] filler = Enumerable.Repeat((byte)'g', chunkSize).ToArray();
        for (int i = 0; i < chunks; i++)
        {
            yield return filler;
        }

        yield return Encoding.ASCII.GetBytes("\nLIST\n");
    }
}
