using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>PAIR-REQUEST &lt;from&gt;</c>: someone asks to pair with you; answer <c>PAIR &lt;from&gt;</c> to accept.</summary>
public sealed class PairRequestEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="from">A name: one token.</param>
    public PairRequestEvent(string from)
    {
        From = Arguments.Token(from, nameof(from));
    }

    /// <summary>The name, in the case in which it was claimed.</summary>
    public string From { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.PairRequest;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "PAIR-REQUEST "u8);
        Utf8Output.Text(writer, From);
    }
}
