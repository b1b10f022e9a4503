using System.Buffers;

namespace ActorChat.Protocol;

/// <summary>
/// A line a client sends to the server. Instances are immutable; every instance formats to a line that
/// <see cref="CommandParser"/> parses back to an equal command. Parameterless commands are singletons.
/// </summary>
public abstract class Command
{
    private protected Command()
    {
    }

    /// <summary>The verb of the line.</summary>
    public abstract CommandVerb Verb { get; }

    /// <summary>Writes the line, verb in upper case, as UTF-8 followed by LF, with no intermediate string.</summary>
    /// <param name="writer">Where the bytes go.</param>
    public void WriteTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteBody(writer);
        Utf8Output.EndLine(writer);
    }

    /// <summary>The line as UTF-8 bytes ending in LF, in a new array.</summary>
    public byte[] EncodeLine() => LineEncoding.ToArray(this, static (c, w) => c.WriteTo(w));

    /// <summary>The line as it goes on the wire, without its LF.</summary>
    public override string ToString() => LineEncoding.ToText(this, static (c, w) => c.WriteTo(w));

    /// <summary>Writes verb and arguments, without the LF.</summary>
    private protected abstract void WriteBody(IBufferWriter<byte> writer);
}
