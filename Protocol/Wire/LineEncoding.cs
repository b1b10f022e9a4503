using System.Buffers;
using System.Text;

namespace ActorChat.Protocol;

/// <summary>Encodes whole lines through a per-thread scratch writer, for the encode-once and ToString paths.</summary>
internal static class LineEncoding
{
    // A scratch writer grown beyond this by one large line (a LIST of thousands of names) is dropped after use, so that
    // no thread keeps a large buffer alive.
    private const int KeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_scratch;

    /// <summary>The line written by <paramref name="write"/> (which must end it with LF) as a new array.</summary>
    public static byte[] ToArray<T>(T item, Action<T, IBufferWriter<byte>> write)
    {
        ArrayBufferWriter<byte> scratch = Scratch();
        write(item, scratch);
        byte[] line = scratch.WrittenSpan.ToArray();
        Release(scratch);
        return line;
    }

    /// <summary>The line written by <paramref name="write"/> as a string, without its LF.</summary>
    public static string ToText<T>(T item, Action<T, IBufferWriter<byte>> write)
    {
        ArrayBufferWriter<byte> scratch = Scratch();
        write(item, scratch);
        ReadOnlySpan<byte> line = scratch.WrittenSpan;
        string text = Encoding.UTF8.GetString(line[^1] == '\n' ? line[..^1] : line);
        Release(scratch);
        return text;
    }

    private static ArrayBufferWriter<byte> Scratch()
    {
        ArrayBufferWriter<byte> scratch = t_scratch ?? new ArrayBufferWriter<byte>(256);
        t_scratch = null; // taken: a nested encode on this thread gets a writer of its own
        scratch.ResetWrittenCount();
        return scratch;
    }

    private static void Release(ArrayBufferWriter<byte> scratch)
    {
        if (scratch.Capacity <= KeptCapacity)
        {
            t_scratch = scratch;
        }
    }
}
