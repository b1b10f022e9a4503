using System.IO.Pipelines;
using System.Text;
using ActorChat.Protocol;
using static ActorChat.Tests.Protocol.Framing.LineCollector;

namespace ActorChat.Tests.Protocol.Framing;

public class LineReaderTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static Task<List<string>> ReadAllAsync(byte[] data, int maxLineBytes = 4096)
    {
        return LineCollector.ReadAllAsync(new LineReader(PipeReader.Create(Segments.Sequence(data)), maxLineBytes));
    }

    [Fact]
    public async Task Lines_are_split_at_LF_and_a_CR_before_the_LF_is_dropped()
    {
        List<string> results = await ReadAllAsync(Bytes("LIST\nMSG bob hi\r\nPING\n"));

        Assert.Equal(["line:LIST", "line:MSG bob hi", "line:PING", "Completed"], results);
    }

    [Fact]
    public async Task A_CR_that_is_not_right_before_the_LF_is_kept()
    {
        List<string> results = await ReadAllAsync(Bytes("SAY a\rb\n\rX\n"));

        Assert.Equal(["line:SAY a\rb", "line:\rX", "Completed"], results);
    }

    [Fact]
    public async Task Only_one_CR_before_the_LF_is_dropped()
    {
        List<string> results = await ReadAllAsync(Bytes("SAY x\r\r\n"));

        Assert.Equal(["line:SAY x\r", "Completed"], results);
    }

    [Fact]
    public async Task Empty_lines_are_reported_as_blank()
    {
        List<string> results = await ReadAllAsync(Bytes("\n\r\nLIST\n\n"));

        Assert.Equal(["Blank", "Blank", "line:LIST", "Blank", "Completed"], results);
    }

    [Fact]
    public async Task An_unterminated_last_line_is_returned_at_the_end_of_the_stream()
    {
        List<string> results = await ReadAllAsync(Bytes("LIST\nQUIT bye"));

        Assert.Equal(["line:LIST", "line:QUIT bye", "Completed"], results);
    }

    [Fact]
    public async Task An_unterminated_last_line_loses_a_trailing_CR()
    {
        List<string> results = await ReadAllAsync(Bytes("QUIT\r"));

        Assert.Equal(["line:QUIT", "Completed"], results);
    }

    [Fact]
    public async Task An_empty_stream_completes_at_once_and_stays_completed()
    {
        var reader = new LineReader(PipeReader.Create(Segments.Sequence()));

        Assert.Equal(LineStatus.Completed, (await reader.ReadLineAsync()).Status);
        Assert.Equal(LineStatus.Completed, (await reader.ReadLineAsync()).Status);
        Assert.True(reader.TryReadLine(out LineReadResult again));
        Assert.Equal(LineStatus.Completed, again.Status);
    }

    [Fact]
    public async Task A_line_exactly_at_the_limit_is_accepted()
    {
        string line = new('a', 16);

        Assert.Equal(["line:" + line, "Completed"], await ReadAllAsync(Bytes(line + "\n"), maxLineBytes: 16));
        Assert.Equal(["line:" + line, "Completed"], await ReadAllAsync(Bytes(line + "\r\n"), maxLineBytes: 16));
        Assert.Equal(["line:" + line, "Completed"], await ReadAllAsync(Bytes(line), maxLineBytes: 16));
    }

    [Fact]
    public async Task A_line_one_byte_over_the_limit_is_reported_once_and_the_next_line_is_read()
    {
        string line = new('a', 17);

        Assert.Equal(["TooLong", "line:LIST", "Completed"], await ReadAllAsync(Bytes(line + "\nLIST\n"), maxLineBytes: 16));
        Assert.Equal(["TooLong", "line:LIST", "Completed"], await ReadAllAsync(Bytes(line + "\r\nLIST\n"), maxLineBytes: 16));
        Assert.Equal(["TooLong", "Completed"], await ReadAllAsync(Bytes(line), maxLineBytes: 16));
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF }, "overlong encoding of '/'")]
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF }, "three-byte overlong")]
    [InlineData(new byte[] { 0xF0, 0x80, 0x80, 0xAF }, "four-byte overlong")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "UTF-16 high surrogate U+D800")]
    [InlineData(new byte[] { 0xED, 0xBF, 0xBF }, "UTF-16 low surrogate U+DFFF")]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "above U+10FFFF")]
    [InlineData(new byte[] { 0x80 }, "lone continuation byte")]
    [InlineData(new byte[] { 0xC3 }, "truncated two-byte sequence")]
    [InlineData(new byte[] { 0xE2, 0x9C }, "truncated three-byte sequence")]
    [InlineData(new byte[] { 0xFF }, "byte never used in UTF-8")]
    [InlineData(new byte[] { 0xFE }, "byte never used in UTF-8 (FE)")]
    public async Task Invalid_UTF8_is_reported_and_the_next_line_is_read(byte[] bad, string kind)
    {
        byte[] data = [.. Bytes("SAY a"), .. bad, .. Bytes("b\nLIST\n")];

        List<string> whole = await ReadAllAsync(data);

        Assert.True(whole.SequenceEqual(["BadEncoding", "line:LIST", "Completed"]), kind + ": " + string.Join(", ", whole));
        Assert.Equal(["BadEncoding", "line:LIST", "Completed"], await LineCollector.ReadAllAsync(
            new LineReader(PipeReader.Create(Segments.BytePerSegment(data)))));
    }
}
