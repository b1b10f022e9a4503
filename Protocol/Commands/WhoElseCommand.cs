using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>WHOELSE</c>: who else is online; answered <c>WHOELSE &lt;name&gt; ...</c>.</summary>
public sealed class WhoElseCommand : Command
{
    private WhoElseCommand()
    {
    }

    /// <summary>The one instance: the command has no arguments.</summary>
    public static WhoElseCommand Instance { get; } = new();

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.WhoElse;

    private protected override void WriteBody(IBufferWriter<byte> writer) => Utf8Output.Bytes(writer, "WHOELSE"u8);
}
