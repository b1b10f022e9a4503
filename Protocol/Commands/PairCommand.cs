using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>PAIR &lt;name&gt;</c>: ask to pair with a name; the pair forms when both have asked for each other. The name is not checked against the name rules here: the server answers <c>ERR no-such-user</c> for a name never seen.</summary>
public sealed class PairCommand : Command
{
    /// <summary>Creates the command.</summary>
    /// <param name="name">The name to pair with, as sent.</param>
    public PairCommand(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name to pair with, as sent.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Pair;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "PAIR "u8);
        Utf8Output.Text(writer, Name);
    }
}
