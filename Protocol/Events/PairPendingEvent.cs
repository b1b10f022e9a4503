using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>PAIR-PENDING &lt;name&gt;</c>: your pair request to this name waits for its answer.</summary>
public sealed class PairPendingEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="name">A name: one token.</param>
    public PairPendingEvent(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name, in the case in which it was claimed.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.PairPending;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "PAIR-PENDING "u8);
        Utf8Output.Text(writer, Name);
    }
}
