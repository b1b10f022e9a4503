using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>BROADCAST &lt;text&gt;</c>: a message to everyone online but the sender.</summary>
public sealed class BroadcastCommand : Command
{
    /// <summary>Creates the command.</summary>
    /// <param name="text">The text, verbatim: never empty nor only spaces, no LF.</param>
    public BroadcastCommand(string text)
    {
        Text = Arguments.Text(text, nameof(text));
    }

    /// <summary>The text, verbatim (it may contain spaces, including leading and trailing ones).</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Broadcast;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "BROADCAST "u8);
        Utf8Output.Text(writer, Text);
    }
}
