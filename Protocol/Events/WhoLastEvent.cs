using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>WHOLAST &lt;minutes&gt; &lt;name&gt; ...</c>: who was online in the last N minutes, self excluded.</summary>
public sealed class WhoLastEvent : ServerEvent
{
    /// <summary>Creates the line.</summary>
    /// <param name="minutes">The minutes asked for, at least 1.</param>
    /// <param name="names">The names, each one token; the list may be empty.</param>
    public WhoLastEvent(int minutes, IReadOnlyList<string> names)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minutes, 1);
        Minutes = minutes;
        Names = Arguments.Names(names, nameof(names));
    }

    /// <summary>The minutes asked for.</summary>
    public int Minutes { get; }

    /// <summary>The names, in the order sent.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.WhoLast;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "WHOLAST "u8);
        Utf8Output.Int(writer, Minutes);
        Utf8Output.SpaceSeparated(writer, Names);
    }
}
