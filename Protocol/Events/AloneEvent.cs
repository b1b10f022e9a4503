using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>ALONE</c>: after <c>HI</c> and <c>LIST</c>, nobody else is online.</summary>
public sealed class AloneEvent : ServerEvent
{
    private AloneEvent()
    {
    }

    /// <summary>The one instance: the line has no arguments.</summary>
    public static AloneEvent Instance { get; } = new();

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Alone;

    private protected override void WriteBody(IBufferWriter<byte> writer) => Utf8Output.Bytes(writer, "ALONE"u8);
}
