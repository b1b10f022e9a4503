using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>JOINED &lt;name&gt;</c>: someone logged in.</summary>
public sealed class JoinedEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="name">A name: one token.</param>
    public JoinedEvent(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name, in the case in which it was claimed.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Joined;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "JOINED "u8);
        Utf8Output.Text(writer, Name);
    }
}
