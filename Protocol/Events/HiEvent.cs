using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>HI &lt;name&gt;</c>: the login succeeded under this name.</summary>
public sealed class HiEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="name">A name: one token.</param>
    public HiEvent(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name, in the case in which it was claimed.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Hi;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "HI "u8);
        Utf8Output.Text(writer, Name);
    }
}
