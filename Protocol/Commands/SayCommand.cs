using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>SAY &lt;text&gt;</c>: a message to the current pair partner.</summary>
public sealed class SayCommand : Command
{
    /// <summary>Creates the command.</summary>
    /// <param name="text">The text, verbatim: never empty nor only spaces, no LF.</param>
    public SayCommand(string text)
    {
        Text = Arguments.Text(text, nameof(text));
    }

    /// <summary>The text, verbatim (it may contain spaces, including leading and trailing ones).</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Say;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "SAY "u8);
        Utf8Output.Text(writer, Text);
    }
}
