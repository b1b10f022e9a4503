using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>PAIRED &lt;name&gt;</c>: the pair with this name formed.</summary>
public sealed class PairedEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="name">A name: one token.</param>
    public PairedEvent(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name, in the case in which it was claimed.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Paired;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "PAIRED "u8);
        Utf8Output.Text(writer, Name);
    }
}
