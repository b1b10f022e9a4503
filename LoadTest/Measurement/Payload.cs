using System.Buffers.Text;

namespace ActorChat.LoadTest.Measurement;

/// <summary>
/// The compact text every load-test message carries: <c>sender.sequence.ticks</c> in decimal, without spaces, so it is
/// the last token of any line it arrives in (ActorChat's <c>MSG from text</c>, IRC's <c>PRIVMSG to :text</c>).
/// </summary>
/// <param name="Sender">Index of the sending client.</param>
/// <param name="Sequence">The sender's sequence number for this message, from 0.</param>
/// <param name="Ticks">The <see cref="Clock"/> time the send was due (scheduled time for open-loop runs).</param>
public readonly record struct Payload(int Sender, int Sequence, long Ticks)
{
    /// <summary>Longest formatted payload in bytes.</summary>
    public const int MaxBytes = 11 + 1 + 11 + 1 + 20;

    /// <summary>Writes the payload into <paramref name="destination"/> and returns the bytes written.</summary>
    public int Format(Span<byte> destination)
    {
        if (!Utf8Formatter.TryFormat(Sender, destination, out int n)) throw new ArgumentException("destination too small");
        destination[n++] = (byte)'.';
        if (!Utf8Formatter.TryFormat(Sequence, destination[n..], out int m)) throw new ArgumentException("destination too small");
        n += m;
        destination[n++] = (byte)'.';
        if (!Utf8Formatter.TryFormat(Ticks, destination[n..], out m)) throw new ArgumentException("destination too small");
        return n + m;
    }

    /// <summary>The payload as a string (for tests and diagnostics).</summary>
    public override string ToString()
    {
        Span<byte> buffer = stackalloc byte[MaxBytes];
        return System.Text.Encoding.ASCII.GetString(buffer[..Format(buffer)]);
    }

    /// <summary>Parses exactly <c>sender.sequence.ticks</c>; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out Payload payload)
    {
        payload = default;
        if (!Utf8Parser.TryParse(text, out int sender, out int n) || sender < 0) return false;
        if (n >= text.Length || text[n] != '.') return false;
        text = text[(n + 1)..];
        if (!Utf8Parser.TryParse(text, out int sequence, out n) || sequence < 0) return false;
        if (n >= text.Length || text[n] != '.') return false;
        text = text[(n + 1)..];
        if (!Utf8Parser.TryParse(text, out long ticks, out n) || n != text.Length) return false;
        payload = new Payload(sender, sequence, ticks);
        return true;
    }
}
