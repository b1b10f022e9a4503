using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>UNBLOCKED &lt;name&gt;</c>: you receive from this name again.</summary>
public sealed class UnblockedEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="name">A name: one token.</param>
    public UnblockedEvent(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name, in the case in which it was claimed.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Unblocked;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "UNBLOCKED "u8);
        Utf8Output.Text(writer, Name);
    }
}
