using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>UNBLOCK &lt;name&gt;</c>: resume receiving from a name blocked before. The name is kept as sent.</summary>
public sealed class UnblockCommand : Command
{
    /// <summary>Creates the command.</summary>
    /// <param name="name">The name to unblock, as sent.</param>
    public UnblockCommand(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name to unblock, as sent.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Unblock;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "UNBLOCK "u8);
        Utf8Output.Text(writer, Name);
    }
}
