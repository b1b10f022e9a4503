using System.Buffers;

namespace ActorChat.Protocol;

/// <summary>
/// A line whose verb this version of the protocol library does not know. The project may add verbs, so a client
/// should show or skip such a line rather than fail.
/// </summary>
public sealed class UnknownEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="line">The whole line as received, without its LF; not empty.</param>
    public UnknownEvent(string line)
    {
        ArgumentException.ThrowIfNullOrEmpty(line);
        Line = Arguments.OptionalText(line, nameof(line)) ?? throw new ArgumentException("A line is not only spaces.", nameof(line));
    }

    /// <summary>The whole line as received.</summary>
    public string Line { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Unknown;

    private protected override void WriteBody(IBufferWriter<byte> writer) => Utf8Output.Text(writer, Line);
}
