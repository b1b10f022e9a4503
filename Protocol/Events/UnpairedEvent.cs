using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>UNPAIRED &lt;name&gt;</c>: the pair with (or the request to) this name ended.</summary>
public sealed class UnpairedEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="name">A name: one token.</param>
    public UnpairedEvent(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name, in the case in which it was claimed.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Unpaired;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "UNPAIRED "u8);
        Utf8Output.Text(writer, Name);
    }
}
