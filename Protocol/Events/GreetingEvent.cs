using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>HELLO ActorChat &lt;version&gt; &lt;free text&gt;</c>: the first line a server sends on a connection.</summary>
public sealed class GreetingEvent : ServerEvent
{
    /// <summary>Creates the greeting of this protocol version.</summary>
    /// <param name="text">The free text (a welcome, a hint); null, empty or only spaces for none; no LF.</param>
    public GreetingEvent(string? text)
        : this(ProtocolConstants.Version, text)
    {
    }

    /// <summary>Creates a greeting announcing <paramref name="version"/> (a client reads other versions' greetings too).</summary>
    /// <param name="version">The protocol version, at least 1.</param>
    /// <param name="text">The free text; null, empty or only spaces for none; no LF.</param>
    public GreetingEvent(int version, string? text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Version = version;
        Text = Arguments.OptionalText(text, nameof(text));
    }

    /// <summary>The protocol version the server speaks.</summary>
    public int Version { get; }

    /// <summary>The free text, or null.</summary>
    public string? Text { get; }

    /// <inheritdoc />
    public override EventVerb Verb => EventVerb.Greeting;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "HELLO ActorChat "u8);
        Utf8Output.Int(writer, Version);
        if (Text is not null)
        {
            Utf8Output.Space(writer);
            Utf8Output.Text(writer, Text);
        }
    }
}
