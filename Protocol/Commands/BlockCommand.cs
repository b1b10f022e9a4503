using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>BLOCK &lt;name&gt;</c>: stop receiving MSG, SAY, BROADCAST and PAIR-REQUEST from a name. The name is kept as sent; the server decides about names never seen.</summary>
public sealed class BlockCommand : Command
{
    /// <summary>Creates the command.</summary>
    /// <param name="name">The name to block, as sent.</param>
    public BlockCommand(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name to block, as sent.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Block;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "BLOCK "u8);
        Utf8Output.Text(writer, Name);
    }
}
