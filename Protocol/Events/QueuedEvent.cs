using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>QUEUED &lt;name&gt;</c>: the recipient is offline; the message is stored durably and will be delivered at its next login.</summary>
public sealed class QueuedEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="name">A name: one token.</param>
    public QueuedEvent(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name, in the case in which it was claimed.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Queued;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "QUEUED "u8);
        Utf8Output.Text(writer, Name);
    }
}
