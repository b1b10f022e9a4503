using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using ActorChat.Protocol;

namespace ActorChat.Tests.Protocol.Framing;

/// <summary>
/// The hot path allocates nothing per line. Measured with the thread's allocation counter around work that completes
/// synchronously on this thread, after a warm-up so that first-call costs are not counted.
/// </summary>
public class LineReaderAllocationTests
{
    private const int Lines = 1000;

    [Fact]
    public void Framing_buffered_lines_allocates_nothing_per_line_even_across_segments()
    {
        byte[] stream = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("MSG bob héllo there, how are you?\r\n", Lines)));
        ReadOnlySequence<byte> segments = InSegments(stream, 4096);
        FrameAll(segments); // warm-up

        using var reader = new LineReader(PipeReader.Create(segments));
        long before = GC.GetAllocatedBytesForCurrentThread();
        int lines = FrameAll(reader);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Lines, lines);
        Assert.True(allocated < Lines, $"{allocated} bytes allocated for {Lines} lines");
    }

    [Fact]
    public void Waiting_for_the_next_line_allocates_nothing_per_wait()
    {
        // Inline schedulers: the flush resumes the waiting read on this thread, so the counter sees all of it.
        var pipe = new Pipe(new PipeOptions(readerScheduler: PipeScheduler.Inline, writerScheduler: PipeScheduler.Inline,
            useSynchronizationContext: false));
        using var reader = new LineReader(pipe.Reader);
        byte[] line = "MSG bob hello\n"u8.ToArray();
        WaitAndFeed(reader, pipe.Writer, line); // warm-up

        long before = GC.GetAllocatedBytesForCurrentThread();
        int waited = 0;
        for (int i = 0; i < Lines; i++)
        {
            waited += WaitAndFeed(reader, pipe.Writer, line);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Lines, waited);
        Assert.True(allocated < Lines, $"{allocated} bytes allocated for {Lines} waits");
    }

    [Fact]
    public void Writing_events_into_a_buffer_writer_allocates_nothing()
    {
        var output = new ArrayBufferWriter<byte>(256 * Lines);
        var msg = new MsgEvent("alice", "héllo there, how are you? 🎉");
        var offline = new OfflineEvent(DateTime.UtcNow, "alice", "stored");
        msg.WriteTo(output);
        offline.WriteTo(output);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Lines; i++)
        {
            msg.WriteTo(output);
            offline.WriteTo(output);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Parsing_a_command_without_arguments_allocates_nothing()
    {
        byte[] list = "/list"u8.ToArray();
        CommandParser.Parse(list);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Lines; i++)
        {
            Assert.Same(ListCommand.Instance, CommandParser.Parse(list).Command);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static int FrameAll(ReadOnlySequence<byte> stream)
    {
        using var reader = new LineReader(PipeReader.Create(stream));
        return FrameAll(reader);
    }

    private static int FrameAll(LineReader reader)
    {
        // A PipeReader over a sequence completes every read synchronously, so this loop never waits. No asserts
        // inside: they would allocate.
        int lines = 0;
        while (true)
        {
            ValueTask<LineReadResult> read = reader.ReadLineAsync();
            if (!read.IsCompletedSuccessfully)
            {
                return -1;
            }

            LineReadResult result = read.Result;
            if (result.Status == LineStatus.Completed)
            {
                return lines;
            }

            lines += result.Status == LineStatus.Line ? 1 : Lines * 10;
        }
    }

    /// <summary>Starts a read with nothing buffered, then writes one line; 1 when the read waited and got it.</summary>
    private static int WaitAndFeed(LineReader reader, PipeWriter writer, byte[] line)
    {
        ValueTask<LineReadResult> read = reader.ReadLineAsync();
        bool waited = !read.IsCompleted;
        writer.Write(line);
        writer.FlushAsync().GetAwaiter().GetResult();
        // GetResult, as an await does, before the next read starts.
        LineReadResult result = read.GetAwaiter().GetResult();
        return waited && result.Status == LineStatus.Line ? 1 : 0;
    }

    private static ReadOnlySequence<byte> InSegments(byte[] data, int size)
    {
        byte[][] parts = data.Chunk(size).ToArray();
        return Segments.Sequence(parts);
    }
}
