using System.Buffers;
using System.Text;

namespace ActorChat.Protocol;

/// <summary>Encodes whole lines through a per-thread scratch writer, for the encode-once and ToString paths.</summary>
internal static class LineEncoding
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_scratch;

    /// <summary>The line written by <paramref name="write"/> (which must end it with LF) as a new array.</summary>
    public static byte[] ToArray<T>(T item, Action<T, IBufferWriter<byte>> write)
    {
        ArrayBufferWriter<byte> scratch = Scratch();
        write(item, scratch);
        return scratch.WrittenSpan.ToArray();
    }

    /// <summary>The line written by <paramref name="write"/> as a string, without its LF.</summary>
    public static string ToText<T>(T item, Action<T, IBufferWriter<byte>> write)
    {
        ArrayBufferWriter<byte> scratch = Scratch();
        write(item, scratch);
        ReadOnlySpan<byte> line = scratch.WrittenSpan;
        return Encoding.UTF8.GetString(line[^1] == '\n' ? line[..^1] : line);
    }

    private static ArrayBufferWriter<byte> Scratch()
    {
        ArrayBufferWriter<byte> scratch = t_scratch ??= new ArrayBufferWriter<byte>(256);
        scratch.ResetWrittenCount();
        return scratch;
    }
}
