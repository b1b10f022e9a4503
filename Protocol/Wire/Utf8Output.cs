using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace ActorChat.Protocol;

/// <summary>Writes the pieces of a line straight into an <see cref="IBufferWriter{T}"/>, with no intermediate string.</summary>
internal static class Utf8Output
{
    public static void Bytes(IBufferWriter<byte> writer, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        bytes.CopyTo(writer.GetSpan(bytes.Length));
        writer.Advance(bytes.Length);
    }

    public static void Byte(IBufferWriter<byte> writer, byte value)
    {
        writer.GetSpan(1)[0] = value;
        writer.Advance(1);
    }

    public static void Space(IBufferWriter<byte> writer) => Byte(writer, (byte)' ');

    public static void EndLine(IBufferWriter<byte> writer) => Byte(writer, (byte)'\n');

    /// <summary>
    /// Transcodes <paramref name="text"/> to UTF-8 in pieces as large as the writer offers, so a long text needs no
    /// up-front byte count and no buffer of its own. Lone surrogates become U+FFFD.
    /// </summary>
    public static void Text(IBufferWriter<byte> writer, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            // At least 3 bytes per char requested, so every step makes progress (a surrogate pair needs 4 for 2).
            Span<byte> destination = writer.GetSpan(Math.Min(text.Length * 3, 4096));
            OperationStatus status = Utf8.FromUtf16(text, destination, out int read, out int written);
            writer.Advance(written);
            if (status == OperationStatus.Done)
            {
                return;
            }

            text = text[read..];
        }
    }

    public static void Int(IBufferWriter<byte> writer, int value)
    {
        Span<byte> destination = writer.GetSpan(11);
        value.TryFormat(destination, out int written, default, CultureInfo.InvariantCulture);
        writer.Advance(written);
    }

    public static void Time(IBufferWriter<byte> writer, DateTime time)
    {
        writer.Advance(ProtocolTime.Format(time, writer.GetSpan(ProtocolTime.Length)));
    }

    /// <summary>Names joined by single spaces, each preceded by one space (so nothing is written for none).</summary>
    public static void SpaceSeparated(IBufferWriter<byte> writer, IReadOnlyList<string> names)
    {
        for (int i = 0; i < names.Count; i++)
        {
            Space(writer);
            Text(writer, names[i]);
        }
    }
}
