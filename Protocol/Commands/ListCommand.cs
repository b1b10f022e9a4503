using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>LIST</c>: who is online; answered <c>LIST &lt;name&gt; ...</c>, self included.</summary>
public sealed class ListCommand : Command
{
    private ListCommand()
    {
    }

    /// <summary>The one instance: the command has no arguments.</summary>
    public static ListCommand Instance { get; } = new();

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.List;

    private protected override void WriteBody(IBufferWriter<byte> writer) => Utf8Output.Bytes(writer, "LIST"u8);
}
