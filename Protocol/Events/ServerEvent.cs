using System.Buffers;

namespace ActorChat.Protocol;

/// <summary>
/// A line the server sends to a client: an event, or an answer to a command. Instances are immutable; every
/// instance formats to a line that <see cref="EventParser"/> parses back to an equal event.
/// </summary>
/// <remarks>
/// To send one line to many connections (a broadcast to 1,000 members), encode it once with
/// <see cref="EncodeLine"/> and write the same bytes to every connection; to send it to one, write it with
/// <see cref="WriteTo"/> straight into that connection's output.
/// </remarks>
public abstract class ServerEvent
{
    private protected ServerEvent()
    {
    }

    /// <summary>The verb of the line.</summary>
    public abstract EventVerb Verb { get; }

    /// <summary>Writes the line, verb in upper case, as UTF-8 followed by LF, with no intermediate string.</summary>
    /// <param name="writer">Where the bytes go.</param>
    public void WriteTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteBody(writer);
        Utf8Output.EndLine(writer);
    }

    /// <summary>
    /// The line as UTF-8 bytes ending in LF, in a new array that is never written to again: encode once, then
    /// share it among as many writers as need it.
    /// </summary>
    public byte[] EncodeLine() => LineEncoding.ToArray(this, static (e, w) => e.WriteTo(w));

    /// <summary>The line as it goes on the wire, without its LF.</summary>
    public override string ToString() => LineEncoding.ToText(this, static (e, w) => e.WriteTo(w));

    /// <summary>Writes verb and arguments, without the LF.</summary>
    private protected abstract void WriteBody(IBufferWriter<byte> writer);
}
