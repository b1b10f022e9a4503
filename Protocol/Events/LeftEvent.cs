using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>LEFT &lt;name&gt;</c>: someone left (quit, dropped, timed out).</summary>
public sealed class LeftEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="name">A name: one token.</param>
    public LeftEvent(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name, in the case in which it was claimed.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Left;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "LEFT "u8);
        Utf8Output.Text(writer, Name);
    }
}
