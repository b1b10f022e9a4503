using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>UNPAIR</c>: end the pair, or withdraw a pending request.</summary>
public sealed class UnpairCommand : Command
{
    private UnpairCommand()
    {
    }

    /// <summary>The one instance: the command has no arguments.</summary>
    public static UnpairCommand Instance { get; } = new();

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Unpair;

    private protected override void WriteBody(IBufferWriter<byte> writer) => Utf8Output.Bytes(writer, "UNPAIR"u8);
}
