using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>BLOCKED &lt;name&gt;</c>: you no longer receive from this name.</summary>
public sealed class BlockedEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="name">A name: one token.</param>
    public BlockedEvent(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name, in the case in which it was claimed.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Blocked;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "BLOCKED "u8);
        Utf8Output.Text(writer, Name);
    }
}
