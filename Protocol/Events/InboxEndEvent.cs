using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>INBOX-END &lt;count&gt;</c>: the end of an answer to <c>INBOX [n]</c>, with the number of <c>INBOX</c> lines sent.</summary>
public sealed class InboxEndEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="count">How many <c>INBOX</c> lines came before it, at least 0.</param>
    public InboxEndEvent(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Count = count;
    }

    /// <summary>How many <c>INBOX</c> lines came before it.</summary>
    public int Count { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.InboxEnd;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "INBOX-END "u8);
        Utf8Output.Int(writer, Count);
    }
}
