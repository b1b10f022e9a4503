using System.Collections.Concurrent;
using System.Text;

namespace ActorChat.Floor;

/// <summary>
/// The lines the load test's latency scenario needs and nothing else: <c>HELLO name</c> is answered <c>HI name</c>,
/// <c>MSG to text</c> goes to <c>to</c> as <c>MSG from text</c>; anything else is ignored. No checks, no history, no
/// actors: what is left of a message's cost is the runtime's and the kernel's.
/// </summary>
internal sealed class Relay
{
    private readonly ConcurrentDictionary<string, IFloorConnection> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, IFloorConnection>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    /// <summary>An empty name table.</summary>
    public Relay() => _byChars = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Handles one line (without its LF) from <paramref name="from"/>.</summary>
    public void Handle(IFloorConnection from, ReadOnlySpan<byte> line)
    {
        Span<byte> output = stackalloc byte[1024];
        if (line.StartsWith("HELLO "u8))
        {
            from.Name = line[6..].ToArray();
            _names[Encoding.UTF8.GetString(from.Name)] = from;
            from.Send(Concat(output, "HI "u8, from.Name, default));
        }
        else if (line.StartsWith("MSG "u8) && from.Name.Length > 0)
        {
            var rest = line[4..];
            var space = rest.IndexOf((byte)' ');
            if (space <= 0 || space > 64) return;
            Span<char> name = stackalloc char[64];
            var length = Encoding.UTF8.GetChars(rest[..space], name);
            if (!_byChars.TryGetValue(name[..length], out var to)) return;
            var text = rest[(space + 1)..];
            if (4 + from.Name.Length + 1 + text.Length + 1 > output.Length) return;
            to.Send(Concat(output, "MSG "u8, from.Name, text));
        }
    }

    /// <summary>Forgets <paramref name="connection"/>'s name, if it still holds it.</summary>
    public void Leave(IFloorConnection connection)
    {
        if (connection.Name.Length > 0)
            _names.TryRemove(new KeyValuePair<string, IFloorConnection>(Encoding.UTF8.GetString(connection.Name), connection));
    }

    private static ReadOnlySpan<byte> Concat(Span<byte> output, ReadOnlySpan<byte> verb, ReadOnlySpan<byte> name, ReadOnlySpan<byte> text)
    {
        verb.CopyTo(output);
        var at = verb.Length;
        name.CopyTo(output[at..]);
        at += name.Length;
        if (!text.IsEmpty)
        {
            output[at++] = (byte)' ';
            text.CopyTo(output[at..]);
            at += text.Length;
        }
        output[at++] = (byte)'\n';
        return output[..at];
    }
}
