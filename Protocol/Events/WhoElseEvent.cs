using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>WHOELSE &lt;name&gt; ...</c>: everyone online but self; bare <c>WHOELSE</c> when nobody else is.</summary>
public sealed class WhoElseEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="names">The names, each one token; the list may be empty.</param>
    public WhoElseEvent(IReadOnlyList<string> names)
    {
        Names = Arguments.Names(names, nameof(names));
    }

    /// <summary>The names, in the order sent.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.WhoElse;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "WHOELSE"u8);
        Utf8Output.SpaceSeparated(writer, Names);
    }
}
