using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>HELP</c>: the list of commands, answered with <c>HELP &lt;text&gt;</c> lines.</summary>
public sealed class HelpCommand : Command
{
    private HelpCommand()
    {
    }

    /// <summary>The one instance: the command has no arguments.</summary>
    public static HelpCommand Instance { get; } = new();

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Help;

    private protected override void WriteBody(IBufferWriter<byte> writer) => Utf8Output.Bytes(writer, "HELP"u8);
}
