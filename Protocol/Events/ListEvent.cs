using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>LIST &lt;name&gt; ...</c>: everyone online, self included.</summary>
public sealed class ListEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="names">The names, each one token; the list may be empty.</param>
    public ListEvent(IReadOnlyList<string> names)
    {
        Names = Arguments.Names(names, nameof(names));
    }

    /// <summary>The names, in the order sent.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.List;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "LIST"u8);
        Utf8Output.SpaceSeparated(writer, Names);
    }
}
